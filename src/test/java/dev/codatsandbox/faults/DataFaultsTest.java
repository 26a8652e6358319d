package dev.codatsandbox.faults;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.LIST;
import static dev.codatsandbox.testing.TestSandbox.addRule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data faults: what a client walking the list, or getting what it listed, meets. */
@QuarkusTest
class DataFaultsTest {

    /** The default company: the documented example and 50 generated customers. */
    private static final int TOTAL = 51;

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    /** A naive walk: page 1, then each {@code next} link until there is none; every page as it came. */
    private static List<JsonPath> walk(String first) {
        List<JsonPath> pages = new ArrayList<>();
        String href = first;
        while (href != null && pages.size() < 20) {
            JsonPath page = given().when().get(href).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            href = page.getString("_links.next.href");
        }
        return pages;
    }

    private static List<String> ids(List<JsonPath> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(p.getList("results.id")));
        return ids;
    }

    @Test
    void insertionsBeforeTheCursorMakeANaiveWalkSeeDuplicates() {
        addRule("""
                {"company": "%s", "operation": "list", "fault": {"type": "page-drift", "afterPage": 2, "inserted": 3}}"""
                .formatted(DEFAULT_COMPANY));

        List<JsonPath> pages = walk(LIST + "?page=1&pageSize=10");
        List<String> ids = ids(pages);

        assertEquals(TOTAL, pages.get(0).getInt("totalResults"));
        assertEquals(TOTAL, pages.get(1).getInt("totalResults"));
        assertEquals(TOTAL + 3, pages.get(2).getInt("totalResults"));
        assertTrue(ids.size() > new HashSet<>(ids).size(), "no duplicate in " + ids);
        assertEquals(pages.get(1).getList("results.id").subList(7, 10), pages.get(2).getList("results.id").subList(0, 3));
    }

    @Test
    void deletionsBeforeTheCursorMakeANaiveWalkSkipRecords() {
        List<String> before = ids(walk(LIST + "?page=1&pageSize=10"));
        addRule("""
                {"operation": "list", "fault": {"type": "page-drift", "afterPage": 1, "deleted": 4}}""");

        List<JsonPath> pages = walk(LIST + "?page=1&pageSize=10");
        Set<String> seen = new LinkedHashSet<>(ids(pages));

        assertEquals(TOTAL, pages.get(0).getInt("totalResults"));
        assertEquals(TOTAL - 4, pages.get(1).getInt("totalResults"));
        List<String> skipped = before.stream().filter(id -> !seen.contains(id)).toList();
        assertEquals(before.subList(10, 14), skipped);
    }

    @Test
    void aRecordJustListedVanishesBeforeItIsGot() {
        addRule("""
                {"operation": "list", "fault": {"type": "vanishing-record"}}""");

        List<String> listed = given().queryParam("pageSize", 3).when().get(LIST)
                .then().statusCode(200).extract().jsonPath().getList("results.id");

        given().when().get(LIST + "/" + listed.get(0)).then().statusCode(404)
                .body("error", equalTo("Customer '" + listed.get(0) + "' was not found for company '" + DEFAULT_COMPANY + "'."));
        given().when().get(LIST + "/" + listed.get(1)).then().statusCode(200).body("id", equalTo(listed.get(1)));
    }

    @Test
    void theLastPageLinksToAPagePastTheEnd() {
        addRule("""
                {"operation": "list", "trigger": {"type": "next", "count": 1}, "fault": {"type": "next-past-the-end"}}""");

        JsonPath last = given().queryParam("page", 6).queryParam("pageSize", 10).when().get(LIST)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(LIST + "?page=7&pageSize=10", last.getString("_links.next.href"));

        JsonPath past = given().when().get(last.getString("_links.next.href")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), past.getList("results"));
        assertFalse(past.getMap("_links").containsKey("next"));
    }

    @Test
    void totalResultsDisagreesWithTheItems() {
        addRule("""
                {"operation": "list", "fault": {"type": "wrong-total", "totalResultsDelta": -5}}""");

        JsonPath page = given().when().get(LIST).then().statusCode(200).extract().jsonPath();

        assertEquals(TOTAL - 5, page.getInt("totalResults"));
        assertEquals(TOTAL, page.getList("results").size());
    }

    @Test
    void dataFaultsByHeaderApplyToTheOneRequest() {
        JsonPath drifted = given().header("Sandbox-Fault", "page-drift;inserted=2").queryParam("pageSize", 5)
                .when().get(LIST).then().statusCode(200).extract().jsonPath();
        JsonPath plain = given().queryParam("pageSize", 5).when().get(LIST).then().statusCode(200).extract().jsonPath();

        assertEquals(TOTAL + 2, drifted.getInt("totalResults"));
        assertEquals(plain.getList("results.id").subList(0, 3), drifted.getList("results.id").subList(2, 5));
        assertNotNull(plain.getString("results[0].id"));
        given().header("Sandbox-Fault", "vanishing-record").when().get(LIST + "/71").then().statusCode(404);
        given().when().get(LIST + "/71").then().statusCode(200);
        given().header("Sandbox-Fault", "wrong-total").when().get(LIST).then().body("totalResults", equalTo(TOTAL + 1));
    }
}
