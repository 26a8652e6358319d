package dev.codatsandbox.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.testing.SendsAnApiKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.codatsandbox.push.Pushes.company;
import static dev.codatsandbox.push.Pushes.pushPath;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many clients pushing to one company at once lose nothing: every request gets its own operation, every operation
 * is listed and completes, and the company's customers end as the successful operations applied in request order.
 */
@QuarkusTest
class PushConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int PUSHES_PER_CLIENT = 12;
    private static final int SCRIPTED_FAILURES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void concurrentCreatesAndUpdatesAreAllAccountedForAndAppliedInOrder() throws Exception {
        String companyId = company("concurrent");
        String path = pushPath(companyId);
        String updatedId = given().when().get("/companies/" + companyId + "/data/customers")
                .then().statusCode(200).extract().path("results[0].id");
        StringBuilder failures = new StringBuilder("[");
        for (int i = 0; i < SCRIPTED_FAILURES; i++) {
            failures.append(i == 0 ? "" : ",").append("{\"status\": \"Failed\", \"afterMs\": 100}");
        }
        given().contentType(ContentType.JSON).body(failures.append("]").toString())
                .when().post("/_sandbox/companies/" + companyId + "/push/outcomes").then().statusCode(200);

        String base = RestAssured.baseURI + ":" + RestAssured.port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<JsonNode>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Callable<List<JsonNode>> pushes = () -> {
                List<JsonNode> answers = new ArrayList<>();
                for (int i = 0; i < PUSHES_PER_CLIENT; i++) {
                    String name = "Client " + client + " push " + i;
                    String body = "{\"customerName\": \"" + name + "\", \"status\": \"Active\"}";
                    HttpRequest.Builder request = HttpRequest.newBuilder()
                            .header("Authorization", SendsAnApiKey.DEMO_KEY_HEADER)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60));
                    request = i % 2 == 0
                            ? request.uri(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                            : request.uri(URI.create(base + path + "/" + updatedId))
                                    .PUT(HttpRequest.BodyPublishers.ofString(body));
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, response.statusCode(), response.body());
                    answers.add(JSON.readTree(response.body()));
                }
                return answers;
            };
            clients.add(pool.submit(pushes));
        }
        Map<String, JsonNode> answersByKey = new HashMap<>();
        for (Future<List<JsonNode>> client : clients) {
            for (JsonNode answer : client.get()) {
                answersByKey.put(answer.get("pushOperationKey").asText(), answer);
            }
        }
        pool.shutdown();
        assertEquals(CLIENTS * PUSHES_PER_CLIENT, answersByKey.size(), "one operation per request");

        JsonPath operations = allCompleted(companyId);
        List<String> keys = operations.getList("results.pushOperationKey");
        List<String> statuses = operations.getList("results.status");
        assertEquals(CLIENTS * PUSHES_PER_CLIENT, operations.getInt("totalResults"));
        assertEquals(answersByKey.keySet(), new HashSet<>(keys), "every operation is listed");
        assertEquals(SCRIPTED_FAILURES, statuses.stream().filter("Failed"::equals).count());
        assertEquals(keys.size() - SCRIPTED_FAILURES, statuses.stream().filter("Success"::equals).count());
        assertTrue(statuses.subList(0, SCRIPTED_FAILURES).stream().allMatch("Failed"::equals),
                "the scripted failures are the first operations requested");

        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (statuses.get(i).equals("Success")) {
                JsonNode data = answersByKey.get(keys.get(i)).get("data");
                expected.put(data.get("id").asText(), data.get("customerName").asText());
            }
        }
        JsonPath customers = given().queryParam("pageSize", 5000).when().get("/companies/" + companyId
                + "/data/customers").then().statusCode(200).extract().jsonPath();
        Map<String, String> actual = new HashMap<>();
        List<String> ids = customers.getList("results.id");
        List<String> names = customers.getList("results.customerName");
        for (int i = 0; i < ids.size(); i++) {
            if (expected.containsKey(ids.get(i))) {
                actual.put(ids.get(i), names.get(i));
            }
        }
        assertEquals(expected, actual);
        long creates = expected.keySet().stream().filter(id -> !id.equals(updatedId)).count();
        assertEquals(50 + creates, customers.getInt("totalResults"));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no customer twice");
    }

    private static JsonPath allCompleted(String companyId) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonPath operations = given().queryParam("pageSize", 5000).when().get("/companies/" + companyId + "/push")
                    .then().statusCode(200).extract().jsonPath();
            if (!operations.getList("results.status").contains("Pending") || System.nanoTime() > until) {
                return operations;
            }
            Thread.sleep(100);
        }
    }
}
