package dev.codatsandbox.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Paged and repeated query requests scan the company's customers once, and plain pages never; the cache is
 * in-process, so these tests have no integration twin.
 */
@QuarkusTest
class QueryCacheTest {

    static final String CUSTOMERS = QueryTest.CUSTOMERS;

    @Inject
    QueryResults results;

    @Test
    void walkingTheNextLinksOfAQueryScansTheListOnce() {
        long before = results.scans();
        List<String> seen = new ArrayList<>();
        JsonPath json = given().queryParam("query", "customerName != cache walk").queryParam("orderBy", "-customerName")
                .queryParam("pageSize", 10).when().get(CUSTOMERS).then().statusCode(200).extract().jsonPath();
        seen.addAll(json.getList("results.id", String.class));
        while (json.getMap("_links").containsKey("next")) {
            json = given().urlEncodingEnabled(false).when().get(json.getString("_links.next.href"))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(json.getList("results.id", String.class));
        }

        assertEquals(51, seen.size());
        assertEquals(before + 1, results.scans());

        given().queryParam("query", "  customerName!=cache walk ").queryParam("orderBy", "-customerName")
                .when().get(CUSTOMERS).then().statusCode(200);
        assertEquals(before + 1, results.scans(), "the same query, spaced differently, is answered from the cache");
    }

    @Test
    void plainPagesScanNothing() {
        long before = results.scans();

        given().queryParam("page", 3).queryParam("pageSize", 7).when().get(CUSTOMERS).then().statusCode(200);
        given().when().get(CUSTOMERS).then().statusCode(200);

        assertEquals(before, results.scans());
    }

    @Test
    void badQueryScansNothing() {
        long before = results.scans();

        given().queryParam("query", "status=Gone").when().get(CUSTOMERS).then().statusCode(400);
        given().queryParam("orderBy", "nope").when().get(CUSTOMERS).then().statusCode(400);

        assertEquals(before, results.scans());
    }
}
