package dev.codatsandbox.faults;

import dev.codatsandbox.lifecycle.SandboxReset;
import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Another seed draws another probability sequence; start-up rules come from configuration and come back on reset. */
@QuarkusTest
@TestProfile(AnotherSeedAndStartUpRules.class)
class AnotherSeedTest {

    @Inject
    Event<SandboxReset> reset;

    @Test
    void anotherSeedDrawsAnotherSequence() {
        String sequence = ProbabilityTest.sequence();

        assertNotEquals(ProbabilityTest.SEED_42_SEQUENCE, sequence);
        assertEquals(sequence, ProbabilityTest.sequence());
    }

    @Test
    void rulesFromConfigurationAreInForceFromStartUpAndAgainAfterAReset() {
        reset.fire(new SandboxReset());
        assertEquals(List.of("1"), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList("id"));
        given().when().get("/companies/" + TestSandbox.DEFAULT_COMPANY).then().statusCode(503);
        // the rule fires once only: then the Platform's own answer, the company
        given().when().get("/companies/" + TestSandbox.DEFAULT_COMPANY).then().statusCode(200);
        given().when().get("/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers/71").then().statusCode(200);

        given().when().delete("/_sandbox/faults").then().statusCode(204);
        reset.fire(new SandboxReset());

        assertEquals(List.of(0), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList("matched"));
        given().when().get("/companies/" + TestSandbox.DEFAULT_COMPANY).then().statusCode(503);
        assertEquals(List.of(1), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList("fired"));
        assertEquals(1, given().when().get("/_sandbox/journal/count?fault=1").then().extract().jsonPath().getInt("count"));
    }
}
