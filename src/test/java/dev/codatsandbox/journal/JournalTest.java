package dev.codatsandbox.journal;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.LIST;
import static dev.codatsandbox.testing.TestSandbox.OTHER_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request journal: what it records, its filters and counts, and clearing it. */
@QuarkusTest
class JournalTest {

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    private static long count(String query) {
        return given().when().get("/_sandbox/journal/count" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }

    private static List<Map<String, Object>> entries(String query) {
        return given().when().get("/_sandbox/journal" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200).extract().jsonPath()
                .getList("");
    }

    @Test
    void aRequestIsRecordedWithItsAnswerAndAuthorizationRedacted() {
        given().header("User-Agent", "journal-test").queryParam("page", 2).queryParam("pageSize", 5)
                .when().get(LIST).then().statusCode(200);

        JsonPath journal = given().when().get("/_sandbox/journal").then().statusCode(200).extract().jsonPath();
        assertEquals(1, journal.getList("").size());
        assertEquals("GET", journal.getString("[0].method"));
        assertEquals(LIST, journal.getString("[0].path"));
        assertEquals("page=2&pageSize=5", journal.getString("[0].query"));
        assertEquals("Basic <redacted>", journal.getString("[0].headers.Authorization"));
        assertEquals("journal-test", journal.getString("[0].headers.User-Agent"));
        assertEquals(200, journal.getInt("[0].status"));
        assertTrue(journal.getLong("[0].durationMs") >= 0);
        assertTrue(Instant.parse(journal.getString("[0].time")).isBefore(Instant.now().plusSeconds(1)));
        assertEquals(DEFAULT_COMPANY, journal.getString("[0].company"));
        assertEquals("list", journal.getString("[0].operation"));
        assertEquals(2, journal.getInt("[0].page"));
        assertNull(journal.get("[0].correlationId"));
        assertNull(journal.get("[0].fault"));
    }

    @Test
    void anErrorBodysCorrelationIdAndTheFaultThatFiredAreRecorded() {
        String notFound = given().when().get(LIST + "/no-such-customer").then().statusCode(404)
                .extract().path("correlationId");
        String rule = TestSandbox.addRule("""
                {"operation": "list", "fault": {"type": "status", "status": 503}}""");
        String faulted = given().when().get(LIST).then().statusCode(503).extract().path("correlationId");
        given().auth().none().when().get(LIST + "/71").then().statusCode(401);

        List<Map<String, Object>> journal = entries("");
        assertEquals(notFound, journal.get(0).get("correlationId"));
        assertEquals(faulted, journal.get(1).get("correlationId"));
        assertEquals(rule, journal.get(1).get("fault"));
        assertEquals("status", journal.get(1).get("faultType"));
        assertEquals(401, journal.get(2).get("status"));
        assertTrue(((String) journal.get(2).get("correlationId")).matches("[0-9a-f]{32}"));
    }

    @Test
    void countsAnswerHowOftenAPageWasCalled() {
        for (int page : new int[] {1, 2, 3, 3, 4}) {
            given().queryParam("page", page).queryParam("pageSize", 10).when().get(LIST).then().statusCode(200);
        }
        given().queryParam("page", 3).when().get("/companies/" + OTHER_COMPANY + "/data/customers");

        assertEquals(3, count("operation=list&page=3"));
        assertEquals(2, count("company=" + DEFAULT_COMPANY + "&page=3"));
        assertEquals(5, count("company=" + DEFAULT_COMPANY.toUpperCase()));
        assertEquals(6, count("operation=list&status=200"));
        assertEquals(0, count("operation=get"));
    }

    @Test
    void filtersByCompanyOperationStatusAndSince() throws InterruptedException {
        given().when().get(LIST + "/71").then().statusCode(200);
        given().when().get("/companies/" + OTHER_COMPANY + "/data/customers/71").then().statusCode(404);
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);
        given().when().get(LIST).then().statusCode(200);

        assertEquals(List.of(OTHER_COMPANY), entries("status=404").stream().map(e -> e.get("company")).toList());
        assertEquals(List.of("get", "get"), entries("operation=get").stream().map(e -> e.get("operation")).toList());
        assertEquals(List.of("list"), entries("since=" + since).stream().map(e -> e.get("operation")).toList());
        assertEquals(2, entries("company=" + DEFAULT_COMPANY).size());
    }

    @Test
    void theSandboxsOwnCallsAreNotRecorded() {
        given().when().get("/_sandbox/faults").then().statusCode(200);
        given().when().get("/q/health");

        assertEquals(0, count(""));
    }

    @Test
    void clearingEmptiesTheJournal() {
        given().when().get(LIST + "/71").then().statusCode(200);
        assertEquals(1, count(""));

        given().when().delete("/_sandbox/journal").then().statusCode(204);

        assertEquals(0, count(""));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().when().get("/_sandbox/journal?since=yesterday").then().statusCode(400)
                .body("error", equalTo("Invalid value 'yesterday' for query parameter 'since': must be an ISO 8601"
                        + " instant such as 2025-01-31T12:00:00Z."));
        given().when().get("/_sandbox/journal/count?status=ok").then().statusCode(400)
                .body("error", equalTo("Invalid value 'ok' for query parameter 'status': must be a whole number."));
        given().when().get("/_sandbox/journal?operation=delete").then().statusCode(400)
                .body("error", equalTo("Invalid value 'delete' for query parameter 'operation': must be one of list,"
                        + " get, push-create, push-update, push-poll, attachment-list, attachment-get,"
                        + " attachment-download, platform, other."));
    }
}
