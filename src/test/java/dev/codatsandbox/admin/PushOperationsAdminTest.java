package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A company's push operations through the admin API: listed as the sandbox holds them (without touching the journal),
 * and a pending one settled now, at the sandbox clock, as a success, a failure or a time-out.
 */
@QuarkusTest
class PushOperationsAdminTest {

    static final String OPERATIONS = "/_sandbox/companies/" + DEFAULT_COMPANY + "/push/operations";

    @BeforeEach
    @AfterEach
    void reset() {
        given().when().post("/_sandbox/reset").then().statusCode(200);
    }

    /** Freezes the clock at 2030-01-01T00:00:00Z and pushes a new customer; answers the operation's key. */
    private static String pendingPush(String name) {
        given().contentType(ContentType.JSON).body("{\"now\": \"2030-01-01T00:00:00Z\", \"frozen\": true}")
                .when().put("/_sandbox/clock").then().statusCode(200);
        String connection = given().when().get("/companies/" + DEFAULT_COMPANY + "/connections").then().statusCode(200)
                .extract().path("results[0].id");
        return given().contentType(ContentType.JSON)
                .body("{\"customerName\": \"" + name + "\", \"status\": \"Active\"}")
                .when().post("/companies/" + DEFAULT_COMPANY + "/connections/" + connection + "/push/customers")
                .then().statusCode(200).body("status", equalTo("Pending")).extract().path("pushOperationKey");
    }

    private static JsonPath settle(String key, String outcome) {
        return given().contentType(ContentType.JSON).body(outcome)
                .when().post(OPERATIONS + "/" + key + "/settle")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPendingOperationSettledAsAFailureFailsAtTheClocksNow() {
        String key = pendingPush("Acme Anvils Ltd");
        given().contentType(ContentType.JSON).body("{\"byMs\": 100}").when().post("/_sandbox/clock/advance");

        JsonPath settled = settle(key, """
                {"status": "Failed", "errorMessage": "Name already used.",
                 "errors": [{"itemId": "customerName", "message": "Taken.", "validatorName": "Platform"}]}""");
        assertEquals("Failed", settled.getString("status"));
        assertEquals(400, settled.getInt("statusCode"));
        assertEquals("2030-01-01T00:00:00.100Z", settled.getString("completedOnUtc"));
        assertEquals("Name already used.", settled.getString("errorMessage"));
        assertEquals("customerName", settled.getString("validation.errors[0].itemId"));

        JsonPath polled = given().when().get("/companies/" + DEFAULT_COMPANY + "/push/" + key).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(settled.getMap(""), polled.getMap(""));
        given().when().get("/companies/" + DEFAULT_COMPANY + "/data/customers").then()
                .body("totalResults", equalTo(51));
    }

    @Test
    void aPendingOperationSettledAsASuccessWritesItsCustomerThen() {
        String key = pendingPush("Roadrunner Supplies");
        JsonPath settled = settle(key, "{\"status\": \"Success\"}");
        assertEquals("Success", settled.getString("status"));
        assertEquals(200, settled.getInt("statusCode"));
        assertEquals("2030-01-01T00:00:00Z", settled.getString("completedOnUtc"));
        String customer = settled.getString("changes[0].recordRef.id");
        given().when().get("/companies/" + DEFAULT_COMPANY + "/data/customers/" + customer).then().statusCode(200)
                .body("customerName", equalTo("Roadrunner Supplies"))
                .body("modifiedDate", equalTo("2030-01-01T00:00:00Z"));
    }

    @Test
    void aPendingOperationTimesOutWhenSettledSo() {
        JsonPath settled = settle(pendingPush("Wile E. Coyote"), "{\"status\": \"TimedOut\"}");
        assertEquals("TimedOut", settled.getString("status"));
        assertEquals(504, settled.getInt("statusCode"));
        assertEquals("The push operation timed out.", settled.getString("errorMessage"));
    }

    @Test
    void theListIsTheCompanysOperationsInRequestOrderAndIsNotJournaled() {
        String first = pendingPush("First");
        String second = pendingPush("Second");
        given().when().delete("/_sandbox/journal").then().statusCode(204);

        List<String> keys = given().when().get(OPERATIONS).then().statusCode(200).extract().path("pushOperationKey");
        assertEquals(List.of(first, second), keys);
        given().when().get("/_sandbox/journal/count").then().body("count", equalTo(0));
        given().when().get("/_sandbox/companies/acme-edge-cases/push/operations").then().statusCode(200)
                .body("", equalTo(List.of()));
    }

    @Test
    void anOperationNoLongerPendingIsNotSettledAgain() {
        String key = pendingPush("Twice");
        settle(key, "{\"status\": \"Success\"}");
        given().contentType(ContentType.JSON).body("{\"status\": \"Failed\"}")
                .when().post(OPERATIONS + "/" + key + "/settle")
                .then().statusCode(409).body("statusCode", equalTo(409))
                .body("error", equalTo("Push operation '" + key + "' is already Success; only a Pending one can be"
                        + " settled."));
    }

    @Test
    void anUnknownOperationOrCompanyIs404() {
        pendingPush("Known");
        given().contentType(ContentType.JSON).body("{\"status\": \"Success\"}")
                .when().post(OPERATIONS + "/no-such-key/settle")
                .then().statusCode(404)
                .body("error", equalTo("Push operation 'no-such-key' was not found for company '" + DEFAULT_COMPANY + "'."));
        given().contentType(ContentType.JSON).body("{\"status\": \"Success\"}")
                .when().post("/_sandbox/companies/no-such-company/push/operations/k/settle")
                .then().statusCode(404).body("error", equalTo("No company was found with ID no-such-company."))
                .body("correlationId", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                      | Give the outcome's 'status': Success, Failed or TimedOut.
            {"status": "Pending"}                   | Give the outcome's 'status': Success, Failed or TimedOut.
            {"status": "Success", "afterMs": 5}     | Settling completes the operation now: 'afterMs' is not taken.
            {"status": "Success", "errors": []}     | Only a Failed outcome takes 'errorMessage' and 'errors'.
            {"status": "TimedOut", "errorMessage": "x"} | Only a Failed outcome takes 'errorMessage' and 'errors'.
            """)
    void aBadOutcomeIs400NamingWhatIsWrong(String body, String message) {
        String key = pendingPush("Bad outcome");
        given().contentType(ContentType.JSON).body(body)
                .when().post(OPERATIONS + "/" + key + "/settle")
                .then().statusCode(400).body("error", equalTo(message)).body("validation", nullValue());
        given().when().get(OPERATIONS).then().body("[0].status", equalTo("Pending"));
    }
}
