package dev.codatsandbox.push;

import dev.codatsandbox.lifecycle.SandboxReset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.codatsandbox.push.Pushes.advanceMs;
import static dev.codatsandbox.push.Pushes.company;
import static dev.codatsandbox.push.Pushes.freezeAt;
import static dev.codatsandbox.push.Pushes.pushPath;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Same seed, same calls, frozen clock: byte-identical bodies, keys and ids; and a reset drops pushed customers,
 * push operations, scripted outcomes, made companies and the frozen clock. No integration-test twin: it resets the
 * sandbox through the CDI event, which only a test inside the application can fire.
 */
@QuarkusTest
class PushDeterminismTest {

    @Inject
    Event<SandboxReset> reset;

    @AfterEach
    void resetSandbox() {
        reset.fire(new SandboxReset());
    }

    /** A fixed series of calls; answers every body, as sent. */
    private static List<String> calls() {
        String companyId = company("determinism");
        List<String> bodies = new ArrayList<>();
        freezeAt(Instant.parse("2031-03-04T05:06:07Z"));
        given().contentType(ContentType.JSON).body("[{\"status\": \"TimedOut\", \"afterMs\": 10}]")
                .when().post("/_sandbox/companies/" + companyId + "/push/outcomes").then().statusCode(200);
        bodies.add(given().contentType(ContentType.JSON).body("{\"name\": \"Made Ltd\"}").when().post("/companies")
                .then().statusCode(200).extract().asString());
        for (String name : List.of("First", "Second", "Third")) {
            bodies.add(given().contentType(ContentType.JSON)
                    .body("{\"customerName\": \"" + name + "\", \"status\": \"Active\"}")
                    .when().post(pushPath(companyId)).then().statusCode(200).extract().asString());
        }
        bodies.add(given().contentType(ContentType.JSON).body("{\"customerName\": \"\"}")
                .when().post(pushPath(companyId)).then().statusCode(200).extract().asString());
        advanceMs(1000);
        bodies.add(given().when().get("/companies/" + companyId + "/push").then().statusCode(200).extract().asString());
        bodies.add(given().queryParam("page", 2).queryParam("pageSize", 25)
                .when().get("/companies/" + companyId + "/data/customers").then().statusCode(200).extract().asString());
        return bodies;
    }

    @Test
    void theSameCallsGiveByteIdenticalBodies() {
        List<String> first = calls();
        reset.fire(new SandboxReset());
        List<String> second = calls();

        assertEquals(first, second);
        assertNotEquals(first.get(1), first.get(2), "each push has its own key and id");
    }

    @Test
    void resetDropsPushedDataOperationsScriptsMadeCompaniesAndTheFrozenClock() {
        String companyId = company("reset");
        freezeAt(Instant.parse("2031-01-01T00:00:00Z"));
        given().contentType(ContentType.JSON).body("[{\"status\": \"Failed\"}, {\"status\": \"Failed\"}]")
                .when().post("/_sandbox/companies/" + companyId + "/push/outcomes").then().statusCode(200);
        String made = given().contentType(ContentType.JSON).body("{\"name\": \"Made Ltd\"}").when().post("/companies")
                .then().statusCode(200).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"customerName\": \"Kept?\", \"status\": \"Active\"}")
                .when().post(pushPath(companyId)).then().statusCode(200);
        given().queryParam("pageSize", 5000).when().get("/companies/" + companyId + "/data/customers").then()
                .body("totalResults", equalTo(50));
        String pushed = given().contentType(ContentType.JSON)
                .body("{\"customerName\": \"Written\", \"status\": \"Active\"}").when().post(pushPath(companyId))
                .then().statusCode(200).extract().path("data.id");
        advanceMs(60_000);
        given().when().get("/companies/" + companyId + "/data/customers/" + pushed).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"customerName\": \"Written\", \"status\": \"Active\"}")
                .when().post(pushPath(companyId)).then().statusCode(200);
        advanceMs(60_000);
        given().when().get("/companies/" + companyId + "/data/customers").then().body("totalResults", equalTo(51));

        reset.fire(new SandboxReset());

        given().when().get("/companies/" + companyId + "/data/customers").then().body("totalResults", equalTo(50));
        given().when().get("/companies/" + companyId + "/push").then().body("totalResults", equalTo(0));
        given().when().get("/_sandbox/companies/" + companyId + "/push/outcomes").then().body("size()", equalTo(0));
        given().when().get("/_sandbox/clock").then().body("frozen", equalTo(false));
        given().when().get("/companies").then().body("results.id", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(made)));
    }
}
