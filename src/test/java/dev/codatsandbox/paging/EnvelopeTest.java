package dev.codatsandbox.paging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paged envelope: its fields, its links on every kind of page, and complete, non-overlapping pages. */
@QuarkusTest
class EnvelopeTest {

    static final String SELF = "/companies/" + DEFAULT_COMPANY + "/data/customers";
    /** The default company: the documented example customer and 50 generated ones (the default configuration). */
    static final int TOTAL = 51;

    private static JsonPath page(Object page, Object pageSize) {
        return given().queryParam("page", page).queryParam("pageSize", pageSize)
                .when().get(SELF)
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    private static String href(int page, int pageSize) {
        return SELF + "?page=" + page + (pageSize == 100 ? "" : "&pageSize=" + pageSize);
    }

    @Test
    void envelopeHasExactlyCodatsFields() {
        JsonPath json = page(1, 10);

        assertEquals(Set.of("results", "pageNumber", "pageSize", "totalResults", "_links"), json.getMap("").keySet());
        assertEquals(1, json.getInt("pageNumber"));
        assertEquals(10, json.getInt("pageSize"));
        assertEquals(TOTAL, json.getInt("totalResults"));
        assertEquals(10, json.getList("results").size());
    }

    @Test
    void defaultsArePageOneOfOneHundred() {
        JsonPath json = given().when().get(SELF).then().statusCode(200).extract().jsonPath();

        assertEquals(1, json.getInt("pageNumber"));
        assertEquals(100, json.getInt("pageSize"));
        assertEquals(TOTAL, json.getList("results").size());
        assertEquals(Map.of("current", Map.of("href", SELF + "?page=1"), "self", Map.of("href", SELF)),
                json.getMap("_links"));
    }

    @Test
    void firstPageLinksToNextOnly() {
        Map<String, Object> links = page(1, 20).getMap("_links");

        assertEquals(Set.of("self", "current", "next"), links.keySet());
        assertEquals(Map.of("href", SELF), links.get("self"));
        assertEquals(Map.of("href", href(1, 20)), links.get("current"));
        assertEquals(Map.of("href", href(2, 20)), links.get("next"));
    }

    @Test
    void middlePageLinksBothWays() {
        Map<String, Object> links = page(2, 20).getMap("_links");

        assertEquals(Set.of("self", "current", "previous", "next"), links.keySet());
        assertEquals(Map.of("href", href(2, 20)), links.get("current"));
        assertEquals(Map.of("href", href(1, 20)), links.get("previous"));
        assertEquals(Map.of("href", href(3, 20)), links.get("next"));
    }

    @Test
    void lastPageLinksToPreviousOnlyAndHoldsTheRemainder() {
        JsonPath json = page(3, 20);
        Map<String, Object> links = json.getMap("_links");

        assertEquals(Set.of("self", "current", "previous"), links.keySet());
        assertEquals(Map.of("href", href(2, 20)), links.get("previous"));
        assertEquals(TOTAL - 40, json.getList("results").size());
    }

    @Test
    void pageJustPastTheEndIsEmptyAndLinksBackToTheLastPage() {
        JsonPath json = page(4, 20);
        Map<String, Object> links = json.getMap("_links");

        assertTrue(json.getList("results").isEmpty());
        assertEquals(4, json.getInt("pageNumber"));
        assertEquals(TOTAL, json.getInt("totalResults"));
        assertEquals(Set.of("self", "current", "previous"), links.keySet());
        assertEquals(Map.of("href", href(3, 20)), links.get("previous"));
    }

    @Test
    void pageFarPastTheEndIsEmptyWithoutNeighbours() {
        JsonPath json = page(2_000_000_000, 5000);

        assertTrue(json.getList("results").isEmpty());
        assertEquals(Set.of("self", "current"), json.getMap("_links").keySet());
        assertEquals(Map.of("href", href(2_000_000_000, 5000)), json.getMap("_links").get("current"));
    }

    @Test
    void singlePageHasNoNeighbours() {
        Map<String, Object> links = page(1, 5000).getMap("_links");

        assertEquals(Set.of("self", "current"), links.keySet());
        assertNull(links.get("previous"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 10, 50, 51, 100, 5000})
    void walkingEveryPageYieldsEveryCustomerExactlyOnce(int pageSize) {
        List<String> seen = new ArrayList<>();
        int pageNumber = 1;
        JsonPath json = page(pageNumber, pageSize);
        while (true) {
            assertEquals(TOTAL, json.getInt("totalResults"), "totalResults is the same on every page");
            List<String> ids = json.getList("results.id", String.class);
            assertTrue(ids.size() <= pageSize);
            seen.addAll(ids);
            Map<String, Map<String, String>> links = json.getMap("_links");
            if (!links.containsKey("next")) {
                break;
            }
            assertEquals(href(pageNumber + 1, pageSize), links.get("next").get("href"));
            pageNumber++;
            json = page(pageNumber, pageSize);
        }

        assertEquals(TOTAL, seen.size());
        assertEquals(TOTAL, new HashSet<>(seen).size(), "no customer appears twice");
        assertEquals((TOTAL + pageSize - 1) / pageSize, pageNumber, "the walk ends on the last page");
        assertEquals(page(1, 5000).getList("results.id", String.class), seen, "pages keep one order");
        assertFalse(seen.contains(null));
    }
}
