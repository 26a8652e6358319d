package dev.codatsandbox.query;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A plain page of a company of a hundred million generated customers reads only that page: no request without
 * query or orderBy materialises the list (scanning it would take hours, so these requests would time out).
 */
@QuarkusTest
@TestProfile(HugeCompanyTest.HundredMillionCustomers.class)
class HugeCompanyTest {

    /** Every company holds 100,000,000 generated customers. */
    public static class HundredMillionCustomers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.customers-per-company", "100000000");
        }
    }

    @Inject
    QueryResults results;

    @Test
    void firstAndLastPagesAreServedWithoutScanning() {
        long before = results.scans();

        JsonPath first = given().queryParam("pageSize", 3).when().get(QueryTest.CUSTOMERS)
                .then().statusCode(200).extract().jsonPath();
        JsonPath last = given().queryParam("page", 20_000_001).queryParam("pageSize", 5).when().get(QueryTest.CUSTOMERS)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(100_000_001, first.getInt("totalResults"));
        assertEquals(List.of("71"), first.getList("results.id", String.class).subList(0, 1));
        assertEquals(1, last.getList("results").size());
        assertEquals(before, results.scans());
    }
}
