package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.codatsandbox.push.Pushes.advanceMs;
import static dev.codatsandbox.push.Pushes.company;
import static dev.codatsandbox.push.Pushes.create;
import static dev.codatsandbox.push.Pushes.customer;
import static dev.codatsandbox.push.Pushes.freezeAt;
import static dev.codatsandbox.push.Pushes.operation;
import static dev.codatsandbox.push.Pushes.poll;
import static dev.codatsandbox.push.Pushes.pushPath;
import static dev.codatsandbox.push.Pushes.update;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating and updating customers through push operations: lifecycle, read-back, validation, outcomes, errors. */
@QuarkusTest
class PushTest {

    static final Instant T0 = Instant.parse("2030-01-02T03:04:05Z");
    /** The default {@code sandbox.push.delay-ms}. */
    static final long DELAY_MS = 250;

    @AfterEach
    void realTime() {
        Pushes.realTime();
    }

    private static JsonPath customers(String companyId) {
        return given().queryParam("pageSize", 5000).when().get("/companies/" + companyId + "/data/customers")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void script(String companyId, String outcomes) {
        given().contentType(ContentType.JSON).body(outcomes)
                .when().post("/_sandbox/companies/" + companyId + "/push/outcomes").then().statusCode(200);
    }

    @Test
    void createThenPollSucceedsAndTheCustomerIsReadBack() {
        String companyId = company("create-then-poll");

        JsonPath created = create(companyId, customer("Acme Anvils Ltd"));
        assertEquals("customers", created.getString("dataType"));
        assertEquals(companyId, created.getString("companyId"));
        String customerId = created.getString("data.id");
        JsonPath done = poll(companyId, created.getString("pushOperationKey"));

        assertEquals("Success", done.getString("status"));
        assertEquals(200, done.getInt("statusCode"));
        assertEquals(List.of(Map.of("type", "Created", "recordRef", Map.of("id", customerId, "dataType", "customers"))),
                done.getList("changes").stream().map(change -> {
                    Map<?, ?> map = (Map<?, ?>) change;
                    return Map.of("type", map.get("type"), "recordRef", map.get("recordRef"));
                }).toList());
        JsonPath readBack = given().when().get("/companies/" + companyId + "/data/customers/" + customerId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Acme Anvils Ltd", readBack.getString("customerName"));
        assertEquals(done.getString("completedOnUtc"), readBack.getString("modifiedDate"));
        JsonPath list = customers(companyId);
        assertEquals(customerId, list.getString("results[-1].id"));
        assertEquals(51, list.getInt("totalResults"));
    }

    @Test
    void aPendingPushIsNotReadableUntilItsOperationSucceeded() {
        String companyId = company("pending-not-readable");
        freezeAt(T0);

        JsonPath created = create(companyId, customer("Road Runner Supplies"));
        String key = created.getString("pushOperationKey");
        String customerId = created.getString("data.id");

        assertEquals("Pending", created.getString("status"));
        assertEquals(202, created.getInt("statusCode"));
        assertFalse(created.getMap("").containsKey("completedOnUtc"));
        assertEquals(T0.toString(), created.getString("requestedOnUtc"));
        given().when().get("/companies/" + companyId + "/data/customers/" + customerId).then().statusCode(404);
        assertEquals(50, customers(companyId).getInt("totalResults"));

        advanceMs(DELAY_MS - 1);
        assertEquals("Pending", operation(companyId, key).getString("status"));

        advanceMs(1);
        JsonPath done = operation(companyId, key);
        assertEquals("Success", done.getString("status"));
        assertEquals(T0.plusMillis(DELAY_MS).toString(), done.getString("completedOnUtc"));
        JsonPath readBack = given().when().get("/companies/" + companyId + "/data/customers/" + customerId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(T0.plusMillis(DELAY_MS).toString(), readBack.getString("modifiedDate"));
        assertEquals(T0.plusMillis(DELAY_MS).toString(), readBack.getString("sourceModifiedDate"));
    }

    @Test
    void anIdInTheBodyIsKeptAndAnExistingIdFailsValidation() {
        String companyId = company("ids-in-body");
        freezeAt(T0);

        JsonPath created = create(companyId, "{\"id\": \"CUST-1\", \"customerName\": \"A\", \"status\": \"Active\"}");
        assertEquals("CUST-1", created.getString("data.id"));
        advanceMs(DELAY_MS);
        assertEquals("Success", operation(companyId, created.getString("pushOperationKey")).getString("status"));

        JsonPath again = create(companyId, "{\"id\": \"CUST-1\", \"customerName\": \"B\", \"status\": \"Active\"}");
        assertEquals("Failed", again.getString("status"));
        assertEquals(List.of("id"), again.getList("validation.errors.itemId"));
        assertEquals(List.of("UniqueId"), again.getList("validation.errors.validatorName"));
    }

    @Test
    void updateReplacesTheCustomerInItsPlace() {
        String companyId = company("update-in-place");
        freezeAt(T0);
        JsonPath before = customers(companyId);
        String customerId = before.getString("results[3].id");

        JsonPath updated = update(companyId, customerId,
                "{\"customerName\": \"Renamed Ltd\", \"status\": \"Archived\", \"sourceModifiedDate\": \""
                        + before.getString("results[3].sourceModifiedDate") + "\"}", "");
        assertEquals(customerId, updated.getString("data.id"));
        advanceMs(DELAY_MS);

        JsonPath done = operation(companyId, updated.getString("pushOperationKey"));
        assertEquals("Success", done.getString("status"));
        assertEquals("Modified", done.getString("changes[0].type"));
        JsonPath after = customers(companyId);
        assertEquals(before.getInt("totalResults"), after.getInt("totalResults"));
        assertEquals(customerId, after.getString("results[3].id"));
        assertEquals("Renamed Ltd", after.getString("results[3].customerName"));
        assertEquals("Archived", after.getString("results[3].status"));
        assertEquals(T0.plusMillis(DELAY_MS).toString(), after.getString("results[3].modifiedDate"));
    }

    @Test
    void updateWithAStaleSourceModifiedDateFailsUnlessForced() {
        String companyId = company("update-stale");
        freezeAt(T0);
        String customerId = customers(companyId).getString("results[0].id");
        String stale = "{\"customerName\": \"Stale Edit\", \"status\": \"Active\","
                + " \"sourceModifiedDate\": \"2000-01-01T00:00:00Z\"}";

        JsonPath refused = update(companyId, customerId, stale, "");
        JsonPath forced = update(companyId, customerId, stale.replace("Stale Edit", "Forced Edit"), "?forceUpdate=true");
        advanceMs(DELAY_MS);

        JsonPath refusedDone = operation(companyId, refused.getString("pushOperationKey"));
        assertEquals("Failed", refusedDone.getString("status"));
        assertEquals(400, refusedDone.getInt("statusCode"));
        assertEquals(List.of("sourceModifiedDate"), refusedDone.getList("validation.errors.itemId"));
        assertEquals(List.of("ForceUpdate"), refusedDone.getList("validation.errors.validatorName"));
        JsonPath forcedDone = operation(companyId, forced.getString("pushOperationKey"));
        assertEquals("Success", forcedDone.getString("status"));
        assertEquals("Forced Edit", given().when().get("/companies/" + companyId + "/data/customers/" + customerId)
                .then().statusCode(200).extract().path("customerName"));
    }

    @Test
    void validationFailureListsEveryProblemAndWritesNothing() {
        String companyId = company("validation-failure");
        String body = """
                {"customerName": "%s", "status": "Bogus", "defaultCurrency": "pounds",
                 "addresses": [{"line1": "1 Main St"}],
                 "contacts": [{"email": "a@b.c", "phone": [{"number": "01234", "type": "Pager"}], "status": "Active"}]}
                """.formatted("x".repeat(101));

        JsonPath failed = create(companyId, body);

        assertEquals("Failed", failed.getString("status"));
        assertEquals(400, failed.getInt("statusCode"));
        assertEquals(failed.getString("requestedOnUtc"), failed.getString("completedOnUtc"));
        assertEquals(List.of(
                List.of("customerName", "Customer Name must be at most 100 characters; it has 101.", "MaxLength"),
                List.of("defaultCurrency", "Default Currency must be an ISO 4217 currency code of three capital"
                        + " letters; it is 'pounds'.", "Format"),
                List.of("addresses[0].type", "Type is required.", "Required"),
                List.of("contacts[0].name", "Name is required.", "Required"),
                List.of("contacts[0].phone[0].type", "Type must be one of Primary, Landline, Mobile, Fax, Unknown;"
                        + " it is 'Pager'.", "AllowedValues"),
                List.of("status", "Status must be one of Unknown, Active, Archived; it is 'Bogus'.", "AllowedValues")),
                failed.getList("validation.errors").stream().map(item -> {
                    Map<?, ?> map = (Map<?, ?>) item;
                    return List.of(map.get("itemId"), map.get("message"), map.get("validatorName"));
                }).toList());
        assertEquals(failed.getList("validation.errors"),
                operation(companyId, failed.getString("pushOperationKey")).getList("validation.errors"));
        assertEquals(50, customers(companyId).getInt("totalResults"));
    }

    @Test
    void anEmptyCustomerMissesEveryRequiredField() {
        JsonPath failed = create(company("empty-customer"), "{}");

        assertEquals(List.of("customerName", "status"), failed.getList("validation.errors.itemId"));
        assertEquals(List.of("Required", "Required"), failed.getList("validation.errors.validatorName"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json                       | Request body is not valid JSON.",
            "[]                             | Request body is not a Customer: a JSON object is expected.",
            "'\"Acme\"'                     | Request body is not a Customer: a JSON object is expected.",
            "'{\"customerName\": 5}'        | Request body is not a Customer: 'customerName' must be a string.",
            "'{\"nickname\": \"A\"}'        | Request body is not a Customer: 'nickname' is not a property of a Customer.",
            "'{\"addresses\": {}}'          | Request body is not a Customer: 'addresses' must be an array.",
            "'{\"contacts\": [{\"x\": 1}]}' | Request body is not a Customer: 'contacts[0].x' is not a property of a Customer.",
            "'{\"modifiedDate\": \"soon\"}' | Request body is not a Customer: 'modifiedDate' has a value that is not valid.",
    })
    void aBodyThatIsNotACustomerIs400AndNoOperation(String body, String message) {
        String companyId = company("not-a-customer");

        given().contentType(ContentType.JSON).body(body)
                .when().post(pushPath(companyId))
                .then().statusCode(400).body("statusCode", org.hamcrest.Matchers.equalTo(400))
                .body("error", org.hamcrest.Matchers.equalTo(message));
        assertEquals(0, given().when().get("/companies/" + companyId + "/push").then().statusCode(200)
                .extract().jsonPath().getInt("totalResults"));
    }

    @Test
    void aDelayLongerThanTheTimeoutTimesOutAtTheTimeout() {
        String companyId = company("timeout");
        freezeAt(T0);
        script(companyId, "[{\"status\": \"Success\", \"afterMs\": 120000}]");

        JsonPath created = given().contentType(ContentType.JSON).body(customer("Slow Co"))
                .when().post(pushPath(companyId) + "?timeoutInMinutes=1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, created.getInt("timeoutInMinutes"));
        advanceMs(59_999);
        assertEquals("Pending", operation(companyId, created.getString("pushOperationKey")).getString("status"));
        advanceMs(1);

        JsonPath done = operation(companyId, created.getString("pushOperationKey"));
        assertEquals("TimedOut", done.getString("status"));
        assertEquals(504, done.getInt("statusCode"));
        assertEquals(T0.plusSeconds(60).toString(), done.getString("completedOnUtc"));
        assertEquals("The push operation did not complete within 1 minutes.", done.getString("errorMessage"));
        given().when().get("/companies/" + companyId + "/data/customers/" + created.getString("data.id"))
                .then().statusCode(404);
    }

    @Test
    void scriptedOutcomesAreTakenInOrderByTheNextValidPushes() {
        String companyId = company("scripted");
        freezeAt(T0);
        script(companyId, """
                [{"status": "Failed", "afterMs": 10, "errorMessage": "Ledger locked.",
                  "errors": [{"itemId": "customerName", "message": "Duplicate name.", "validatorName": "Platform"}]},
                 {"status": "TimedOut", "afterMs": 20}]""");
        script(companyId, "[{\"status\": \"Success\", \"afterMs\": 5000}]");
        assertEquals(List.of("Failed", "TimedOut", "Success"), given().when()
                .get("/_sandbox/companies/" + companyId + "/push/outcomes").then().statusCode(200)
                .extract().jsonPath().getList("status"));

        JsonPath invalid = create(companyId, "{}");
        String first = create(companyId, customer("One")).getString("pushOperationKey");
        String second = create(companyId, customer("Two")).getString("pushOperationKey");
        JsonPath third = create(companyId, customer("Three"));
        String fourth = create(companyId, customer("Four")).getString("pushOperationKey");
        advanceMs(5000);

        assertEquals("Failed", invalid.getString("status"));
        JsonPath one = operation(companyId, first);
        assertEquals("Failed", one.getString("status"));
        assertEquals("Ledger locked.", one.getString("errorMessage"));
        assertEquals(List.of("Duplicate name."), one.getList("validation.errors.message"));
        assertEquals(T0.plusMillis(10).toString(), one.getString("completedOnUtc"));
        JsonPath two = operation(companyId, second);
        assertEquals("TimedOut", two.getString("status"));
        assertEquals(T0.plusMillis(20).toString(), two.getString("completedOnUtc"));
        JsonPath three = operation(companyId, third.getString("pushOperationKey"));
        assertEquals("Success", three.getString("status"));
        assertEquals(T0.plusMillis(5000).toString(), three.getString("completedOnUtc"));
        assertEquals("Success", operation(companyId, fourth).getString("status"));
        assertEquals(List.of(), given().when().get("/_sandbox/companies/" + companyId + "/push/outcomes")
                .then().statusCode(200).extract().jsonPath().getList(""));
        assertEquals(52, customers(companyId).getInt("totalResults"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'[{\"afterMs\": 5}]'                                   | A scripted outcome needs a 'status': Success, Failed or TimedOut.",
            "'[{\"status\": \"Pending\"}]'                          | A scripted outcome needs a 'status': Success, Failed or TimedOut.",
            "'[{\"status\": \"Success\", \"afterMs\": -1}]'         | Invalid 'afterMs' -1 of a scripted outcome: must be from 0 to 86400000.",
            "'[{\"status\": \"Success\", \"errors\": []}]'          | Only a Failed scripted outcome takes 'errors'.",
            "'[]'                                                   | Request body is not a JSON array of outcomes such as [{\"status\": \"Success\", \"afterMs\": 500}].",
            "'[{\"status\": \"Bogus\"}]'                            | Request body is not a JSON array of outcomes such as [{\"status\": \"Success\", \"afterMs\": 500}].",
    })
    void aBadScriptIs400(String body, String message) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/_sandbox/companies/" + company("bad-script") + "/push/outcomes")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo(message));
    }

    @Test
    void pushOperationsArePagedInRequestOrder() {
        String companyId = company("paged-operations");
        List<String> keys = List.of(create(companyId, customer("A")).getString("pushOperationKey"),
                create(companyId, customer("B")).getString("pushOperationKey"),
                create(companyId, customer("C")).getString("pushOperationKey"));
        String self = "/companies/" + companyId + "/push";

        JsonPath first = given().queryParam("pageSize", 2).when().get(self).then().statusCode(200)
                .extract().jsonPath();
        JsonPath second = given().queryParam("page", 2).queryParam("pageSize", 2).when().get(self)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(keys.subList(0, 2), first.getList("results.pushOperationKey"));
        assertEquals(keys.subList(2, 3), second.getList("results.pushOperationKey"));
        assertEquals(3, first.getInt("totalResults"));
        assertEquals(Map.of("current", Map.of("href", self + "?page=1&pageSize=2"), "self", Map.of("href", self),
                "next", Map.of("href", self + "?page=2&pageSize=2")), first.getMap("_links"));
        assertEquals(Map.of("current", Map.of("href", self + "?page=2&pageSize=2"), "self", Map.of("href", self),
                "previous", Map.of("href", self + "?page=1&pageSize=2")), second.getMap("_links"));
    }

    @Test
    void anOperationHasCodatsFields() {
        String companyId = company("operation-fields");
        freezeAt(T0);
        JsonPath created = create(companyId, customer("Fields Ltd"));
        advanceMs(DELAY_MS);

        JsonPath done = operation(companyId, created.getString("pushOperationKey"));

        assertEquals(List.of("changes", "dataType", "companyId", "pushOperationKey", "dataConnectionKey",
                "requestedOnUtc", "completedOnUtc", "timeoutInMinutes", "status", "errorMessage", "validation",
                "statusCode"), List.copyOf(done.getMap("").keySet()));
        assertEquals(List.of("data", "changes", "dataType", "companyId", "pushOperationKey", "dataConnectionKey",
                "requestedOnUtc", "timeoutInMinutes", "status", "errorMessage", "validation", "statusCode"),
                List.copyOf(created.getMap("").keySet()));
        assertEquals(Pushes.connection(companyId), done.getString("dataConnectionKey"));
        assertTrue(done.getString("pushOperationKey").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertEquals(Map.of("errors", List.of(), "warnings", List.of()), done.getMap("validation"));
        assertNull(done.get("errorMessage"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET  | /companies/not-a-company/push                                           | No company was found with ID not-a-company.",
            "GET  | /companies/not-a-company/push/k                                         | No company was found with ID not-a-company.",
            "GET  | /companies/not-a-company/connections                                    | No company was found with ID not-a-company.",
            "GET  | /companies/not-a-company/dataStatus                                     | No company was found with ID not-a-company.",
            "GET  | /companies/not-a-company                                                | No company was found with ID not-a-company.",
            "POST | /companies/not-a-company/connections/c/push/customers                   | No company was found with ID not-a-company.",
            "POST | /companies/{company}/connections/a22dd66b-564a-4832-9b37-7b3ce4aeb7de/push/customers | Data connection a22dd66b-564a-4832-9b37-7b3ce4aeb7de not found.",
            "PUT  | /companies/{company}/connections/nope/push/customers/71                | Data connection nope not found.",
            "GET  | /companies/{company}/connections/nope/options/customers                | Data connection nope not found.",
            "GET  | /companies/{company}/connections/nope                                  | Data connection nope not found.",
            "PUT  | /companies/{company}/connections/{connection}/push/customers/no-such-customer | Customer 'no-such-customer' was not found for company '{company}'.",
            "GET  | /companies/{company}/push/no-such-operation                            | Push operation 'no-such-operation' was not found for company '{company}'.",
    })
    void unknownCompanyConnectionCustomerOrOperationIs404(String method, String path, String message) {
        String companyId = company("unknown-things");
        String connectionId = Pushes.connection(companyId);
        String url = path.replace("{company}", companyId).replace("{connection}", connectionId);

        given().contentType(ContentType.JSON).body(customer("Nobody"))
                .when().request(method, url)
                .then().statusCode(404)
                .body("error", org.hamcrest.Matchers.equalTo(message.replace("{company}", companyId)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?timeoutInMinutes=0      | Invalid value '0' for query parameter 'timeoutInMinutes': must be a whole number from 1 to 10080.",
            "?timeoutInMinutes=soon   | Invalid value 'soon' for query parameter 'timeoutInMinutes': must be a whole number from 1 to 10080.",
            "?forceUpdate=yes         | Invalid value 'yes' for query parameter 'forceUpdate': must be true or false.",
    })
    void badPushParametersAre400(String query, String message) {
        String companyId = company("bad-parameters");
        String customerId = customers(companyId).getString("results[0].id");

        given().contentType(ContentType.JSON).body(customer("X"))
                .when().put(pushPath(companyId) + "/" + customerId + query)
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DELETE | /companies/{company}/push",
            "POST   | /companies/{company}/push/k",
            "GET    | /companies/{company}/connections/{connection}/push/customers",
            "DELETE | /companies/{company}/connections/{connection}/push/customers/71",
            "POST   | /companies/{company}/data/customers",
            "PUT    | /companies",
    })
    void aMethodAPathDoesNotTakeIs405(String method, String path) {
        String companyId = company("methods");
        String url = path.replace("{company}", companyId).replace("{connection}", Pushes.connection(companyId));

        given().contentType(ContentType.JSON).body("{}").when().request(method, url)
                .then().statusCode(405).body("statusCode", org.hamcrest.Matchers.equalTo(405));
    }

    @Test
    void pushOperationsTakeQueryAndOrderBy() {
        String companyId = company("queried-operations");
        freezeAt(T0);
        String failed = create(companyId, "{}").getString("pushOperationKey");
        String first = create(companyId, customer("A")).getString("pushOperationKey");
        advanceMs(DELAY_MS);
        String second = create(companyId, customer("B")).getString("pushOperationKey");
        String self = "/companies/" + companyId + "/push";

        assertEquals(List.of(failed), given().queryParam("query", "status=Failed").when().get(self)
                .then().statusCode(200).extract().jsonPath().getList("results.pushOperationKey"));
        assertEquals(List.of(second, failed, first), given().queryParam("orderBy", "-requestedOnUtc")
                .when().get(self).then().statusCode(200).extract().jsonPath().getList("results.pushOperationKey"));
        JsonPath pending = given().queryParam("query", "status=Pending").queryParam("pageSize", 1).when().get(self)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(second), pending.getList("results.pushOperationKey"));
        assertTrue(pending.getString("_links.current.href").contains("query=status"));
        given().queryParam("query", "nosuch=1").when().get(self).then().statusCode(400)
                .body("statusCode", org.hamcrest.Matchers.equalTo(400));
    }
}
