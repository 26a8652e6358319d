package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.codatsandbox.push.Pushes.company;
import static dev.codatsandbox.push.Pushes.pushPath;
import static dev.codatsandbox.push.Pushes.customer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded share of push operations fails or times out: the same calls give the same outcomes (the draw is a
 * function of seed, company and the operation's number), in about the configured shares.
 */
@QuarkusTest
@TestProfile(SeededOutcomes.class)
class SeededOutcomesTest {

    private static final int PUSHES = 60;

    private static List<String> outcomes(String companyId) {
        String path = pushPath(companyId);
        for (int i = 0; i < PUSHES; i++) {
            given().contentType(ContentType.JSON).body(customer("Seeded " + i)).when().post(path)
                    .then().statusCode(200);
        }
        return given().queryParam("pageSize", 5000).when().get("/companies/" + companyId + "/push")
                .then().statusCode(200).extract().jsonPath().getList("results.status");
    }

    private static List<String> golden() {
        try (var in = SeededOutcomesTest.class.getResourceAsStream("/golden/seeded-push-outcomes.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException | NullPointerException e) {
            throw new AssertionError("golden/seeded-push-outcomes.txt is missing", e);
        }
    }

    @Test
    void theSameCallsToTheSameCompanyDrawTheSameOutcomesInTheConfiguredShares() {
        List<String> first = outcomes(company("seeded-a"));
        List<String> second = outcomes(company("seeded-b"));

        Map<String, Long> counts = first.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertTrue(Math.abs(counts.getOrDefault("Failed", 0L) - 18) <= 10, "about 30% fail: " + counts);
        assertTrue(Math.abs(counts.getOrDefault("TimedOut", 0L) - 12) <= 8, "about 20% time out: " + counts);
        assertNotEquals(first, second, "another company draws other outcomes");
        assertEquals(golden(), first, "the same outcomes as every run with seed 42 (golden/seeded-push-outcomes.txt)");
    }

    @Test
    void aSeededFailureSaysWhyAndWritesNothing() {
        String companyId = company("seeded-failure");
        List<String> statuses = outcomes(companyId);
        JsonPath operations = given().queryParam("pageSize", 5000).when().get("/companies/" + companyId + "/push")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(statuses, operations.getList("results.status"));
        int failed = statuses.indexOf("Failed");
        assertEquals(List.of("SandboxFailureShare"), operations.getList("results[" + failed
                + "].validation.errors.validatorName"));
        assertEquals(50 + statuses.stream().filter("Success"::equals).count(), (long) given()
                .when().get("/companies/" + companyId + "/data/customers").then().statusCode(200).extract()
                .jsonPath().getInt("totalResults"));
    }
}
