package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.svix.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The walk of docs/webhooks.md shows what the server in its default configuration does: the consumer answers and
 * its secret as shown, the receiver's first delivery as shown (but for its times and signature, which it verifies),
 * the duplicate fault's rule and its two deliveries of one message (the event shown, abbreviated there), and the
 * journal's counts. The walk's receiver
 * URL is this test's receiver's.
 */
@QuarkusTest
class WebhooksWalkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC_URL = "http://localhost:9000/codat";

    @Test
    void theWalkShowsTheRealAnswersAndDeliveries() throws Exception {
        String doc = Files.readString(Path.of("docs/webhooks.md"), StandardCharsets.UTF_8);
        List<String> answers = Pattern.compile("\\n# (\\{.*})").matcher(doc).results().map(m -> m.group(1)).toList();
        List<String> bodies = Pattern.compile("-d '([^']+)'").matcher(doc).results().map(m -> m.group(1)).toList();
        List<String> shown = Pattern.compile("signature valid, timestamp fresh\\n(\\{.*})").matcher(doc).results()
                .map(m -> m.group(1)).toList();
        given().post("/_sandbox/reset").then().statusCode(200);

        try (Receiver receiver = Receiver.start()) {
            String registered = given().contentType(ContentType.JSON).body(bodies.get(0).replace(DOC_URL,
                    receiver.url())).post("/webhooks").then().statusCode(201).extract().asString();
            assertEquals(answers.get(0), registered.replace(receiver.url(), DOC_URL));
            String consumer = JSON.readTree(registered).get("id").asText();
            String kept = given().get("/_sandbox/webhooks/consumers/" + consumer).then().extract().asString();
            assertEquals(answers.get(1), kept.replace(receiver.url(), DOC_URL));
            String secret = JSON.readTree(kept).get("secret").asText();

            String connection = variable(doc, "CONNECTION");
            String push = "/companies/" + variable(doc, "COMPANY") + "/connections/" + connection + "/push/customers";
            given().contentType(ContentType.JSON).body(bodies.get(1)).post(push).then().statusCode(200);
            Receiver.Received first = receiver.await(1, Duration.ofSeconds(10)).get(0);
            new Webhook(secret).verify(first.body(), first.headerLists());
            assertEquals(withoutTimes(shown.get(0)), withoutTimes(first.body()));

            String rule = given().contentType(ContentType.JSON).body(bodies.get(2)).post("/_sandbox/webhooks/faults")
                    .then().statusCode(201).extract().asString();
            assertEquals(answers.get(3), rule);
            given().contentType(ContentType.JSON).body(bodies.get(3)).post(push).then().statusCode(200);
            List<Receiver.Received> all = receiver.await(3, Duration.ofSeconds(10));
            assertEquals(all.get(1).body(), all.get(2).body());
            assertEquals(all.get(1).header("webhook-id"), all.get(2).header("webhook-id"));
            String shownId = shown.get(1).substring(0, shown.get(1).indexOf("\",\"eventType\""));
            assertEquals(shownId, all.get(1).body().substring(0, all.get(1).body().indexOf("\",\"eventType\"")));
            assertEquals(3, count("eventType=customers.write.successful&status=200"));
            assertEquals(2, count("eventType=customers.write.successful&fault=duplicate"));
        } finally {
            given().post("/_sandbox/reset").then().statusCode(200);
        }
    }

    private static long count(String query) {
        return given().get("/_sandbox/webhooks/deliveries/count?" + query).then().extract().jsonPath()
                .getLong("count");
    }

    private static String variable(String doc, String name) {
        Matcher matcher = Pattern.compile("\\n" + name + "=([0-9a-f-]+)").matcher(doc);
        matcher.find();
        return matcher.group(1);
    }

    private static JsonNode withoutTimes(String event) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(event);
        node.remove("generatedDate");
        ((ObjectNode) node.get("payload")).remove(List.of("requestedOnDate", "completedOnDate"));
        return node;
    }
}
