package dev.codatsandbox.faults;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.codatsandbox.testing.TestSandbox.addRule;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A probability trigger draws from the seed, the rule and the match number: the same run replays. */
@QuarkusTest
class ProbabilityTest {

    static final String RULE = """
            {"operation": "get", "trigger": {"type": "probability", "p": 0.5}, "fault": {"type": "status", "status": 500}}""";
    /** Which of the first 40 matches fire with the default seed (42): pinned, so a change of the draws shows. */
    static final String SEED_42_SEQUENCE = "1110111111110101011001110110101000000001";

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    /** Adds the rule, makes 40 matching requests and answers which fired ("1") and which did not ("0"). */
    static String sequence() {
        String id = addRule(RULE);
        StringBuilder fired = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            int status = given().when().get("/companies/" + TestSandbox.OTHER_COMPANY + "/data/customers/71")
                    .then().extract().statusCode();
            fired.append(status == 500 ? '1' : '0');
        }
        given().when().delete("/_sandbox/faults/" + id).then().statusCode(204);
        return fired.toString();
    }

    @Test
    void theSameSeedAndRuleReplayTheSameSequence() {
        String first = sequence();
        String second = sequence();

        assertEquals(first, second);
        assertEquals(SEED_42_SEQUENCE, first);
    }
}
