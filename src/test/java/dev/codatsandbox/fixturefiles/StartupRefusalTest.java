package dev.codatsandbox.fixturefiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server refuses to start on a fixture folder with problems, and says what every problem is. */
@QuarkusMainTest
@TestProfile(StartupRefusalTest.TwoBadFiles.class)
class StartupRefusalTest {

    /** A folder of one good file and two bad ones. */
    public static class TwoBadFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.fixtures.dir", "src/test/resources/fixtures/two-bad-files");
        }
    }

    @Test
    @Launch(value = {}, exitCode = 1)
    void theServerDoesNotStartAndListsEveryProblem(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();

        assertTrue(output.contains("two-bad-files has 7 problems; nothing was loaded."), output);
        for (String problem : new String[]{
                "bad-customers.json: $.id: 'bad customers' is not usable in a URL path",
                "bad-customers.json: $.customers[0].defaultCurrency: must be an ISO 4217 currency code such as USD.",
                "bad-customers.json: $.customers[0].status: 'Activ' is not one of Unknown, Active, Archived.",
                "bad-customers.json: $.customers[1].id: '1' is already the id of $.customers[0]",
                "bad-customers.json: $.customers[1].modifiedDate: must be an ISO 8601 date and time",
                "bad-customers.json: $.customers[1].status: is required: one of Unknown, Active, Archived.",
                "broken-syntax.json: $: is not valid JSON at line 4, column 36"}) {
            assertTrue(output.contains(problem), problem + " in " + output);
        }
        assertFalse(output.contains("(customer-warm-up)"),
                "the warm-up starts only after a start the fixtures allow, so it loads and logs nothing here: " + output);
    }
}
