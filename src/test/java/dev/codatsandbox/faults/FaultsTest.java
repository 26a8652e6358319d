package dev.codatsandbox.faults;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.LIST;
import static dev.codatsandbox.testing.TestSandbox.OTHER_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.addRule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault rules through the admin API: status answers, triggers, scopes, counts, latency and the 409 countdown. */
@QuarkusTest
class FaultsTest {

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    private static int listStatus(String company, int page) {
        return given().queryParam("page", page).queryParam("pageSize", 1)
                .when().get("/companies/" + company + "/data/customers").then().extract().statusCode();
    }

    @Test
    void fiveHundredThreeTwiceThenTheRealAnswer() {
        addRule("""
                {"company": "%s", "operation": "list", "trigger": {"type": "next", "count": 2},
                 "fault": {"type": "status", "status": 503, "retryAfterSeconds": 3}}""".formatted(DEFAULT_COMPANY));

        for (int i = 0; i < 2; i++) {
            given().when().get(LIST).then().statusCode(503)
                    .header("Retry-After", "3")
                    .body("statusCode", equalTo(503))
                    .body("service", equalTo("PublicApi"))
                    .body("error", equalTo("The Codat API is temporarily offline for maintenance. Please try again later."))
                    .body("correlationId", matchesPattern("[0-9a-f]{32}"))
                    .body("canBeRetried", equalTo("True"))
                    .body("detailedErrorCode", equalTo(0));
        }
        given().when().get(LIST).then().statusCode(200).body("totalResults", equalTo(51));
    }

    @Test
    void statusFaultTakesAnyStatusMessageAndCanBeRetried() {
        addRule("""
                {"fault": {"type": "status", "status": 418, "message": "No coffee.", "canBeRetried": "Unknown"}}""");
        given().when().get(LIST).then().statusCode(418)
                .body("error", equalTo("No coffee."))
                .body("canBeRetried", equalTo("Unknown"))
                .header("Retry-After", nullValue());
        TestSandbox.clearRulesAndJournal();

        addRule("""
                {"fault": {"type": "status", "status": 400}}""");
        given().when().get(LIST).then().statusCode(400).body("canBeRetried", equalTo("False"));
    }

    @Test
    void nextFiveFaultsExactlyFiveOfAThousandConcurrentRequests() throws Exception {
        String id = addRule("""
                {"operation": "list", "trigger": {"type": "next", "count": 5}, "fault": {"type": "status", "status": 503}}""");
        HttpClient client = TestSandbox.client();
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            calls.add(client.sendAsync(TestSandbox.get(LIST + "?pageSize=1").build(), HttpResponse.BodyHandlers.discarding()));
        }
        long faulted = 0;
        for (CompletableFuture<HttpResponse<Void>> call : calls) {
            int status = call.get().statusCode();
            assertTrue(status == 200 || status == 503, "status " + status);
            faulted += status == 503 ? 1 : 0;
        }

        assertEquals(5, faulted);
        given().when().get("/_sandbox/faults/" + id).then().statusCode(200)
                .body("matched", equalTo(1000)).body("fired", equalTo(5));
    }

    @Test
    void everyNthFiresOnEachNthMatchAndAfterFirstNOnEveryLaterOne() {
        addRule("""
                {"company": "%s", "trigger": {"type": "every", "nth": 3}, "fault": {"type": "status", "status": 500}}"""
                .formatted(DEFAULT_COMPANY));
        addRule("""
                {"company": "%s", "trigger": {"type": "after", "count": 2}, "fault": {"type": "status", "status": 502}}"""
                .formatted(OTHER_COMPANY));

        List<Integer> every = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            every.add(listStatus(DEFAULT_COMPANY, 1));
            after.add(listStatus(OTHER_COMPANY, 1));
        }

        assertEquals(List.of(200, 200, 500, 200, 200, 500), every);
        assertEquals(List.of(200, 200, 502, 502, 502, 502), after);
    }

    @Test
    void aRuleScopedToCompanyOperationAndPageFaultsNothingElse() {
        addRule("""
                {"company": "%s", "operation": "list", "method": "GET", "page": 2,
                 "fault": {"type": "status", "status": 500}}""".formatted(DEFAULT_COMPANY.toUpperCase()));

        assertEquals(500, listStatus(DEFAULT_COMPANY, 2));
        assertEquals(200, listStatus(DEFAULT_COMPANY, 1));
        assertEquals(200, listStatus(DEFAULT_COMPANY, 3));
        assertEquals(200, listStatus(OTHER_COMPANY, 2));
        given().when().get(LIST + "/71").then().statusCode(200);
    }

    @Test
    void operationsAreToldFromMethodAndPath() {
        addRule("""
                {"operation": "get", "fault": {"type": "status", "status": 502}}""");
        addRule("""
                {"operation": "platform", "fault": {"type": "status", "status": 504}}""");
        addRule("""
                {"operation": "push-create", "fault": {"type": "status", "status": 507}}""");

        given().when().get(LIST + "/71").then().statusCode(502);
        given().when().get(LIST).then().statusCode(200);
        given().when().get("/companies/" + DEFAULT_COMPANY).then().statusCode(504);
        given().when().get("/companies/" + DEFAULT_COMPANY + "/dataStatus").then().statusCode(504);
        given().contentType("application/json").body("{}")
                .when().post("/companies/" + DEFAULT_COMPANY + "/connections/c1/push/customers").then().statusCode(507);
    }

    @Test
    void rulesAreListedWithCountsAndDeletedOneOrAll() {
        String first = addRule("""
                {"operation": "get", "trigger": {"type": "next", "count": 1}, "fault": {"type": "status", "status": 500}}""");
        String second = addRule("""
                {"operation": "list", "fault": {"type": "latency", "latencyMs": 1}}""");
        given().when().get(LIST + "/71");
        given().when().get(LIST + "/71");

        JsonPath rules = given().when().get("/_sandbox/faults").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first, second), rules.getList("id"));
        assertEquals(Map.of("type", "next", "count", 1), rules.getMap("[0].trigger"));
        assertEquals(Map.of("type", "status", "status", 500), rules.getMap("[0].fault"));
        assertEquals(2, rules.getInt("[0].matched"));
        assertEquals(1, rules.getInt("[0].fired"));
        assertEquals(Map.of("type", "always"), rules.getMap("[1].trigger"));

        given().when().delete("/_sandbox/faults/" + first).then().statusCode(204);
        given().when().delete("/_sandbox/faults/" + first).then().statusCode(404)
                .body("error", equalTo("Fault rule '" + first + "' was not found."));
        assertEquals(List.of(second), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList("id"));
        given().when().delete("/_sandbox/faults").then().statusCode(204);
        assertEquals(List.of(), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList("id"));
    }

    @Test
    void aBadRuleIsA400NamingTheField() {
        given().contentType("application/json").body("""
                {"fault": {"type": "status", "status": 99}}""")
                .when().post("/_sandbox/faults").then().statusCode(400)
                .body("error", equalTo("Invalid value '99' for field 'fault.status': must be a whole number from 400 to 599."))
                .body("service", equalTo("PublicApi"));
        assertEquals(List.of(), given().when().get("/_sandbox/faults").then().extract().jsonPath().getList("id"));
    }

    @Test
    void severalRulesCanBeAddedAtOnce() {
        List<String> ids = given().contentType("application/json").body("""
                [{"page": 1, "fault": {"type": "status", "status": 500}}, {"page": 2, "fault": {"type": "status", "status": 501}}]""")
                .when().post("/_sandbox/faults").then().statusCode(201).extract().jsonPath().getList("id");

        assertEquals(2, ids.size());
        assertEquals(500, listStatus(DEFAULT_COMPANY, 1));
        assertEquals(501, listStatus(DEFAULT_COMPANY, 2));
    }

    @Test
    void dataNotReadyAnswers409UntilTheCompanyHasBeenAskedNTimes() {
        addRule("""
                {"operation": "list", "fault": {"type": "data-not-ready", "requests": 2}}""");

        for (int i = 0; i < 2; i++) {
            given().when().get(LIST).then().statusCode(409)
                    .body("error", equalTo("The data set has not been requested."));
        }
        given().when().get(LIST).then().statusCode(200);
        assertEquals(409, listStatus(OTHER_COMPANY, 1));
    }

    @Test
    void dataNotReadyAnswers409UntilTimeHasPassed() throws InterruptedException {
        addRule("""
                {"fault": {"type": "data-not-ready", "durationMs": 3000}}""");

        assertEquals(409, listStatus(DEFAULT_COMPANY, 1));
        assertEquals(409, listStatus(DEFAULT_COMPANY, 1));
        Thread.sleep(3100);
        assertEquals(200, listStatus(DEFAULT_COMPANY, 1));
    }

    @Test
    void latencyDelaysTheAnswer() {
        addRule("""
                {"operation": "get", "fault": {"type": "latency", "minLatencyMs": 300, "maxLatencyMs": 400}}""");

        long start = System.nanoTime();
        given().when().get(LIST + "/71").then().statusCode(200).body("id", equalTo("71"));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(tookMs >= 300, "took " + tookMs + " ms");
    }

    @Test
    void aThousandDelayedRequestsInFlightDoNotSlowAnUndelayedOne() throws Exception {
        HttpClient client = TestSandbox.client();
        given().when().get(LIST + "/71").then().statusCode(200);
        List<CompletableFuture<HttpResponse<Void>>> delayed = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            delayed.add(client.sendAsync(TestSandbox.get(LIST + "/71").header("Sandbox-Fault", "latency;latencyMs=6000")
                    .build(), HttpResponse.BodyHandlers.discarding()));
        }
        Thread.sleep(500);

        long start = System.nanoTime();
        HttpResponse<String> undelayed = TestSandbox.send(TestSandbox.client(), TestSandbox.get(LIST + "/71").build());
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, undelayed.statusCode());
        assertTrue(tookMs < 4000, "the undelayed request took " + tookMs + " ms");
        assertFalse(delayed.stream().anyMatch(CompletableFuture::isDone), "a delayed request ended early");
        for (CompletableFuture<HttpResponse<Void>> call : delayed) {
            assertEquals(200, call.get().statusCode());
        }
    }

    @Test
    void firedFaultsAreCountedInTheMetricsByKind() {
        given().header("Sandbox-Fault", "wrong-total").when().get(LIST).then().statusCode(200);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("sandbox_faults_fired_total{type=\"wrong-total\"}"), "no fault counter");
    }

    @Test
    void theSandboxsOwnPathsAreNeverFaulted() {
        addRule("""
                {"fault": {"type": "status", "status": 500}}""");

        given().when().get("/_sandbox/faults").then().statusCode(200);
        given().when().get(LIST).then().statusCode(500);
    }
}
