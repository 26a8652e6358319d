package dev.codatsandbox.clock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox clock's admin API: read, freeze, set, advance, back to real time. */
@QuarkusTest
class ClockTest {

    @AfterEach
    void realTime() {
        given().when().delete("/_sandbox/clock").then().statusCode(200);
    }

    @Test
    void byDefaultTheClockIsRealTime() {
        Instant now = Instant.parse(given().auth().none().when().get("/_sandbox/clock").then().statusCode(200)
                .body("frozen", equalTo(false)).extract().path("now"));

        assertTrue(Duration.between(now, Instant.now()).abs().toSeconds() < 60, "near real time: " + now);
    }

    @Test
    void setFreezeAndAdvance() {
        given().contentType(ContentType.JSON).body("{\"now\": \"2030-01-02T03:04:05Z\", \"frozen\": true}")
                .when().put("/_sandbox/clock")
                .then().statusCode(200).body("now", equalTo("2030-01-02T03:04:05Z")).body("frozen", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"byMs\": 90061001}").when().post("/_sandbox/clock/advance")
                .then().statusCode(200).body("now", equalTo("2030-01-03T04:05:06.001Z"));
        given().when().get("/_sandbox/clock").then().body("now", equalTo("2030-01-03T04:05:06.001Z"));

        Instant resumed = Instant.parse(given().when().post("/_sandbox/clock/unfreeze").then().statusCode(200)
                .body("frozen", equalTo(false)).extract().path("now"));
        assertFalse(resumed.isBefore(Instant.parse("2030-01-03T04:05:06.001Z")));
        assertTrue(given().when().post("/_sandbox/clock/freeze").then().statusCode(200).extract()
                .<Boolean>path("frozen"));
    }

    @Test
    void deleteGoesBackToRealTime() {
        given().contentType(ContentType.JSON).body("{\"now\": \"2040-01-01T00:00:00Z\", \"frozen\": true}")
                .when().put("/_sandbox/clock").then().statusCode(200);

        Instant now = Instant.parse(given().when().delete("/_sandbox/clock").then().statusCode(200)
                .body("frozen", equalTo(false)).extract().path("now"));
        assertEquals(0, Duration.between(now, Instant.now()).abs().toMinutes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT  | /_sandbox/clock         | '{}'                 | Give the clock's 'now' (an ISO 8601 instant), 'frozen' (true or false), or both.",
            "POST | /_sandbox/clock/advance | '{}'                 | Give 'byMs', the milliseconds to move the clock by.",
            "PUT  | /_sandbox/clock         | '{\"now\": \"later\"}' | Request body is not a clock such as {\"now\": \"2030-01-01T00:00:00Z\", \"frozen\": true}.",
            "POST | /_sandbox/clock/advance | '{\"byMs\": \"x\"}'  | Request body is not an advance such as {\"byMs\": 60000}.",
    })
    void badClockCallsAre400(String method, String path, String body, String message) {
        given().contentType(ContentType.JSON).body(body).when().request(method, path)
                .then().statusCode(400).body("error", equalTo(message));
    }
}
