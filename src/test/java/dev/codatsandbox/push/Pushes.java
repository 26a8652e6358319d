package dev.codatsandbox.push;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** What the push tests do over HTTP: find a company's connection, push, poll, and drive the sandbox clock. */
final class Pushes {

    private Pushes() {
    }

    /** A company of its own for one test (a UUID-form id, generated on first use). */
    static String company(String testName) {
        return UUID.nameUUIDFromBytes(("push-test:" + testName).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String connection(String companyId) {
        return given().when().get("/companies/" + companyId + "/connections")
                .then().statusCode(200).extract().path("results[0].id");
    }

    static String pushPath(String companyId) {
        return "/companies/" + companyId + "/connections/" + connection(companyId) + "/push/customers";
    }

    static JsonPath create(String companyId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(pushPath(companyId))
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static JsonPath update(String companyId, String customerId, String body, String query) {
        return given().contentType(ContentType.JSON).body(body)
                .when().put(pushPath(companyId) + "/" + customerId + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static JsonPath operation(String companyId, String key) {
        return given().when().get("/companies/" + companyId + "/push/" + key)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Polls the operation, as a client would, until it is no longer Pending (at most 20 seconds). */
    static JsonPath poll(String companyId, String key) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            JsonPath operation = operation(companyId, key);
            if (!"Pending".equals(operation.getString("status"))) {
                return operation;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("Push operation " + key + " still Pending after 20 seconds");
    }

    static void freezeAt(Instant instant) {
        given().contentType(ContentType.JSON).body("{\"now\": \"" + instant + "\", \"frozen\": true}")
                .when().put("/_sandbox/clock").then().statusCode(200);
    }

    static void advanceMs(long ms) {
        given().contentType(ContentType.JSON).body("{\"byMs\": " + ms + "}")
                .when().post("/_sandbox/clock/advance").then().statusCode(200);
    }

    static void realTime() {
        given().when().delete("/_sandbox/clock").then().statusCode(200);
    }

    static String customer(String name) {
        return "{\"customerName\": \"" + name + "\", \"status\": \"Active\", \"defaultCurrency\": \"GBP\"}";
    }
}
