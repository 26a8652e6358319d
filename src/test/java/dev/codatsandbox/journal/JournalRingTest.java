package dev.codatsandbox.journal;

import dev.codatsandbox.lifecycle.SandboxReset;
import dev.codatsandbox.testing.TestSandbox;
import dev.codatsandbox.testing.TightSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The journal is a bounded ring, and a reset clears it and the fault rules. */
@QuarkusTest
@TestProfile(TightSettings.class)
class JournalRingTest {

    @Inject
    Event<SandboxReset> reset;

    @Test
    void aFullJournalForgetsItsOldestEntries() {
        TestSandbox.clearRulesAndJournal();
        for (int page = 1; page <= 5; page++) {
            given().queryParam("page", page).when().get(TestSandbox.LIST).then().statusCode(200);
        }

        List<Integer> pages = given().when().get("/_sandbox/journal").then().extract().jsonPath().getList("page");
        assertEquals(List.of(3, 4, 5), pages);
    }

    @Test
    void aResetClearsTheJournalAndTheRules() {
        TestSandbox.addRule("""
                {"operation": "get", "fault": {"type": "status", "status": 500}}""");
        given().when().get(TestSandbox.LIST + "/71").then().statusCode(500);

        reset.fire(new SandboxReset());

        assertEquals(List.of(), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList(""));
        assertEquals(List.of(), given().when().get("/_sandbox/journal").then().extract().jsonPath().getList(""));
        given().when().get(TestSandbox.LIST + "/71").then().statusCode(200);
    }
}
