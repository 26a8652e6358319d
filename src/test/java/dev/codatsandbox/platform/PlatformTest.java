package dev.codatsandbox.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Platform calls around a push, in the shapes of Codat's Company, Connection, Connections, Companies and
 * DataStatus schemas (Codat-Lending.yaml): their fields, in order, with every required one present.
 */
@QuarkusTest
class PlatformTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final List<String> COMPANY_FIELDS = List.of("id", "name", "description", "redirect", "lastSync",
            "dataConnections", "created", "createdByUserName", "products", "tags", "referenceParentCompany",
            "referenceSubsidiaryCompanies");
    /** Left out when the company has none, as Codat's examples show. */
    static final List<String> OPTIONAL = List.of("description", "referenceParentCompany");
    static final List<String> CONNECTION_FIELDS = List.of("id", "integrationId", "integrationKey", "sourceId",
            "platformName", "linkUrl", "status", "lastSync", "created", "sourceType");

    private static void assertCompany(Map<String, Object> company, String id) {
        assertEquals(COMPANY_FIELDS.stream().filter(field -> company.containsKey(field) || !OPTIONAL.contains(field))
                .toList(), List.copyOf(company.keySet()));
        assertEquals(id, company.get("id"));
        assertEquals("https://link.codat.io/company/" + id, company.get("redirect"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> connections = (List<Map<String, Object>>) company.get("dataConnections");
        assertEquals(1, connections.size());
        assertConnection(connections.get(0), id);
    }

    private static void assertConnection(Map<String, Object> connection, String companyId) {
        assertEquals(CONNECTION_FIELDS, List.copyOf(connection.keySet()));
        assertTrue(((String) connection.get("id")).matches(UUID));
        assertTrue(((String) connection.get("integrationId")).matches(UUID));
        assertTrue(((String) connection.get("sourceId")).matches(UUID));
        assertEquals("Linked", connection.get("status"));
        assertEquals("Accounting", connection.get("sourceType"));
        assertEquals("https://link-api.codat.io/companies/" + companyId + "/connections/" + connection.get("id")
                + "/start", connection.get("linkUrl"));
    }

    @Test
    void aCompanyHasCodatsFieldsAndOneLinkedAccountingConnection() {
        Map<String, Object> company = given().when().get("/companies/" + DEFAULT_COMPANY).then().statusCode(200)
                .contentType("application/json").extract().jsonPath().getMap("");

        assertCompany(company, DEFAULT_COMPANY);
    }

    @Test
    void theConnectionIsTheSameOnEveryCallAndDiffersBetweenCompanies() {
        String first = given().when().get("/companies/" + DEFAULT_COMPANY + "/connections").then().statusCode(200)
                .extract().path("results[0].id");
        String again = given().when().get("/companies/" + DEFAULT_COMPANY + "/connections/" + first)
                .then().statusCode(200).extract().path("id");
        String other = given().when().get("/companies/0a7b0c1d-0000-4000-8000-000000000001/connections")
                .then().statusCode(200).extract().path("results[0].id");

        assertEquals(first, again);
        assertTrue(!first.equals(other));
    }

    @Test
    void connectionsArePagedInCodatsEnvelope() {
        JsonPath page = given().when().get("/companies/" + DEFAULT_COMPANY + "/connections").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(Set.of("results", "pageNumber", "pageSize", "totalResults", "_links"), page.getMap("").keySet());
        assertEquals(1, page.getInt("totalResults"));
        assertConnection(page.getMap("results[0]"), DEFAULT_COMPANY);
        assertEquals(Map.of("current", Map.of("href", "/companies/" + DEFAULT_COMPANY + "/connections?page=1"),
                "self", Map.of("href", "/companies/" + DEFAULT_COMPANY + "/connections")), page.getMap("_links"));
    }

    @Test
    void dataStatusSaysCustomersAreComplete() {
        JsonPath status = given().when().get("/companies/" + DEFAULT_COMPANY + "/dataStatus").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(Set.of("customers"), status.getMap("").keySet());
        assertEquals(List.of("dataType", "lastSuccessfulSync", "currentStatus", "latestSyncId",
                "latestSuccessfulSyncId"), List.copyOf(status.getMap("customers").keySet()));
        assertEquals("customers", status.getString("customers.dataType"));
        assertEquals("Complete", status.getString("customers.currentStatus"));
        assertEquals("2025-11-01T00:00:00Z", status.getString("customers.lastSuccessfulSync"));
    }

    @Test
    void aCreatedCompanyExistsForEveryEndpointAndIsListed() {
        Map<String, Object> created = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Toft (stores)[1]\", \"description\": \"Test shop\"}")
                .when().post("/companies").then().statusCode(200).extract().jsonPath().getMap("");
        String id = (String) created.get("id");

        assertTrue(id.matches(UUID));
        assertCompany(created, id);
        assertEquals("Toft stores1", created.get("name"));
        assertEquals("Test shop", created.get("description"));
        assertEquals(created, given().when().get("/companies/" + id).then().statusCode(200).extract().jsonPath()
                .getMap(""));
        given().queryParam("pageSize", 1).when().get("/companies/" + id + "/data/customers").then().statusCode(200);
        List<String> listed = given().queryParam("pageSize", 5000).when().get("/companies").then().statusCode(200)
                .extract().jsonPath().getList("results.id");
        assertEquals(DEFAULT_COMPANY, listed.get(0));
        assertTrue(listed.contains(id));
    }

    @Test
    void companiesArePagedInCodatsEnvelope() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Second\"}").when().post("/companies")
                .then().statusCode(200);
        JsonPath page = given().queryParam("pageSize", 1).when().get("/companies").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(1, page.getList("results").size());
        assertTrue(page.getInt("totalResults") >= 2);
        assertCompany(page.getMap("results[0]"), DEFAULT_COMPANY);
        assertEquals(Map.of("href", "/companies?page=2&pageSize=1"), page.getMap("_links.next"));
        assertEquals(Map.of("href", "/companies"), page.getMap("_links.self"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{}'                   | Company 'name' is required: at least one letter or digit.",
            "'{\"name\": \"\"}'     | Company 'name' is required: at least one letter or digit.",
            "'{\"name\": \"()[]\"}' | Company 'name' is required: at least one letter or digit.",
            "'{\"name\": 5'       | Request body is not a company such as {\"name\": \"Technicalium\"}.",
    })
    void aCompanyWithoutANameIs400(String body, String message) {
        given().contentType(ContentType.JSON).body(body).when().post("/companies")
                .then().statusCode(400).body("error", equalTo(message));
    }
}
