package dev.codatsandbox.errors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Set;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every failure answers with Codat's error body and the right status, and names what was wrong. */
@QuarkusTest
class ErrorBodyTest {

    static final String CUSTOMERS = "/companies/" + DEFAULT_COMPANY + "/data/customers";

    /** Checks the body is exactly Codat's error shape for this status, and returns its {@code error} message. */
    private static String assertCodatError(ExtractableResponse<Response> response, int status) {
        assertEquals(status, response.statusCode());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        Map<String, Object> body = response.jsonPath().getMap("");
        assertEquals(Set.of("statusCode", "service", "error", "correlationId", "canBeRetried", "detailedErrorCode"),
                body.keySet());
        assertEquals(status, body.get("statusCode"));
        assertEquals("PublicApi", body.get("service"));
        assertTrue(((String) body.get("correlationId")).matches("[0-9a-f]{32}"), "correlationId " + body);
        assertEquals("Unknown", body.get("canBeRetried"));
        assertEquals(0, body.get("detailedErrorCode"));
        String error = (String) body.get("error");
        assertFalse(error.isBlank());
        return error;
    }

    @ParameterizedTest
    @CsvSource({
            "page, 0, 'must be a whole number from 1 to 2147483647'",
            "page, -1, 'must be a whole number from 1 to 2147483647'",
            "page, abc, 'must be a whole number from 1 to 2147483647'",
            "page, 1.5, 'must be a whole number from 1 to 2147483647'",
            "page, 99999999999, 'must be a whole number from 1 to 2147483647'",
            "pageSize, 0, 'must be a whole number from 1 to 5000'",
            "pageSize, 5001, 'must be a whole number from 1 to 5000'",
            "pageSize, ten, 'must be a whole number from 1 to 5000'",
    })
    void badPagingParameterIs400NamingTheParameter(String parameter, String value, String rule) {
        String error = assertCodatError(given().queryParam(parameter, value).when().get(CUSTOMERS).then().extract(), 400);

        assertEquals("Invalid value '" + value + "' for query parameter '" + parameter + "': " + rule + ".", error);
    }

    @Test
    void everyBadParameterIsNamed() {
        String error = assertCodatError(given().queryParam("page", "x").queryParam("pageSize", "5001")
                .when().get(CUSTOMERS).then().extract(), 400);

        assertTrue(error.contains("'page'") && error.contains("'pageSize'"), error);
    }

    @Test
    void emptyParameterMeansItsDefault() {
        given().queryParam("page", "").queryParam("pageSize", "").when().get(CUSTOMERS)
                .then().statusCode(200).body("pageNumber", org.hamcrest.Matchers.equalTo(1))
                .body("pageSize", org.hamcrest.Matchers.equalTo(100));
    }

    @Test
    void boundaryValuesAreAccepted() {
        given().queryParam("page", 1).queryParam("pageSize", 1).when().get(CUSTOMERS).then().statusCode(200);
        given().queryParam("page", 1).queryParam("pageSize", 5000).when().get(CUSTOMERS).then().statusCode(200);
    }

    @Test
    void unknownCompanyIs404() {
        String error = assertCodatError(given().when().get("/companies/not-a-company/data/customers").then().extract(), 404);

        assertTrue(error.contains("not-a-company"), error);
    }

    @Test
    void unknownCompanyIs404ForOneCustomerToo() {
        assertCodatError(given().when().get("/companies/not-a-company/data/customers/71").then().extract(), 404);
    }

    @Test
    void unknownCustomerIs404NamingIt() {
        String error = assertCodatError(given().when().get(CUSTOMERS + "/no-such-customer").then().extract(), 404);

        assertTrue(error.contains("no-such-customer"), error);
    }

    @Test
    void unknownPathIs404() {
        assertCodatError(given().when().get("/companies/" + DEFAULT_COMPANY + "/data/invoices").then().extract(), 404);
        assertCodatError(given().when().get("/no/such/path").then().extract(), 404);
    }

    @Test
    void wrongMethodIs405() {
        assertCodatError(given().contentType(ContentType.JSON).body("{}").when().post(CUSTOMERS).then().extract(), 405);
        assertCodatError(given().when().delete(CUSTOMERS + "/71").then().extract(), 405);
    }

    @Test
    void unsupportedBodyMediaTypeIs415() {
        assertCodatError(given().contentType(ContentType.XML).body("<customer/>")
                .when().post("/test-only/json-body").then().extract(), 415);
    }

    @Test
    void unacceptableResponseMediaTypeIs406() {
        assertCodatError(given().accept(ContentType.XML).when().get(CUSTOMERS + "/71").then().extract(), 406);
    }

    @Test
    void malformedJsonBodyIs400() {
        assertCodatError(given().contentType(ContentType.JSON).body("{not json")
                .when().post("/test-only/json-body").then().extract(), 400);
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        ExtractableResponse<Response> response = given().when().get("/test-only/bug").then().extract();
        String error = assertCodatError(response, 500);

        assertFalse(response.asString().contains("secret internal detail"), response.asString());
        assertFalse(response.asString().contains("FailingResource"), response.asString());
        assertFalse(response.asString().contains("Exception"), response.asString());
        assertEquals("An unexpected error occurred.", error);
    }

    @Test
    void correlationIdIsNewForEachRequest() {
        String first = given().when().get("/companies/x/data/customers").then().extract().jsonPath().getString("correlationId");
        String second = given().when().get("/companies/x/data/customers").then().extract().jsonPath().getString("correlationId");

        assertNotEquals(first, second);
    }
}
