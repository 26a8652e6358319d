package dev.codatsandbox.webhooks;

import com.svix.Webhook;
import com.svix.exceptions.WebhookVerificationException;
import dev.codatsandbox.contract.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Codat's webhooks, sent to a real receiver ({@link Receiver}) on a free port: consumers registered through Codat's
 * {@code /webhooks} and the admin API, each event type sent when it happens, in Codat's payload shape (checked
 * against Codat's OpenAPI), signed as Svix signs (checked with Svix's own library), retried on failure, the webhook
 * faults, and the delivery journal that counts it all.
 */
@QuarkusTest
@TestProfile(QuickRetries.class)
class WebhooksTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration QUIET = Duration.ofMillis(700);

    Receiver receiver;

    @BeforeEach
    void freshSandboxAndReceiver() {
        given().post("/_sandbox/reset").then().statusCode(200);
        receiver = Receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void pushedCustomerIsDeliveredOnceAsCustomersWriteSuccessfulSignedAsSvixSigns() throws Exception {
        String consumer = register(receiver.url(), "customers.write.successful");
        JsonPath pushed = push(DEFAULT_COMPANY, "{\"customerName\": \"Acme Anvils Ltd\", \"status\": \"Active\"}");

        Receiver.Received delivery = receiver.await(1, WAIT).get(0);

        new Webhook(secret(consumer)).verify(delivery.body(), delivery.headerLists());
        assertEquals("application/json", delivery.header("content-type"));
        assertTrue(delivery.header("webhook-id").startsWith("msg_"), delivery.header("webhook-id"));
        assertTrue(Math.abs(Long.parseLong(delivery.header("webhook-timestamp")) - System.currentTimeMillis() / 1000)
                < 60);
        JsonPath event = JsonPath.from(delivery.body());
        assertEquals("customers.write.successful", event.getString("eventType"));
        assertEquals(pushed.getString("pushOperationKey"), event.getString("payload.id"));
        assertEquals("Create", event.getString("payload.type"));
        assertEquals("Success", event.getString("payload.status"));
        assertEquals(DEFAULT_COMPANY, event.getString("payload.referenceCompany.id"));
        assertEquals(pushed.getString("dataConnectionKey"), event.getString("payload.connectionId"));
        assertEquals(pushed.getString("data.id"), event.getString("payload.record.id"));
        assertEquals(pushed.getString("requestedOnUtc"), event.getString("payload.requestedOnDate"));
        assertNull(event.get("payload.attachmentId"));
        assertEquals(List.of("id", "eventType", "generatedDate", "payload"), List.copyOf(event.getMap("").keySet()));
        Contract.assertValidWebhook(delivery.body());

        assertEquals(1, receiver.settle(QUIET).size(), "delivered exactly once");
        assertEquals(1, count("eventType=customers.write.successful&status=200"));
        given().get("/companies/" + DEFAULT_COMPANY + "/push/" + pushed.getString("pushOperationKey"))
                .then().body("completedOnUtc", equalTo(event.getString("payload.completedOnDate")));
    }

    @Test
    void failedPushIsDeliveredAsCustomersWriteUnsuccessful() {
        register(receiver.url(), "customers.write.successful", "customers.write.unsuccessful");
        given().contentType(ContentType.JSON).body("[{\"status\": \"Failed\", \"afterMs\": 50}]")
                .post("/_sandbox/companies/" + DEFAULT_COMPANY + "/push/outcomes").then().statusCode(200);
        JsonPath pushed = push(DEFAULT_COMPANY, "{\"customerName\": \"Refused Ltd\", \"status\": \"Active\"}");

        Receiver.Received delivery = receiver.await(1, WAIT).get(0);

        JsonPath event = JsonPath.from(delivery.body());
        assertEquals("customers.write.unsuccessful", event.getString("eventType"));
        assertEquals("Failed", event.getString("payload.status"));
        assertEquals(pushed.getString("data.id"), event.getString("payload.record.id"));
        Contract.assertValidWebhook(delivery.body());
        assertEquals(1, receiver.settle(QUIET).size());
    }

    @Test
    void operationSettledByHandWithTheClockFrozenIsSentAtOnceWithTheClocksTimes() {
        register(receiver.url(), "customers.write.successful");
        given().contentType(ContentType.JSON).body("{\"now\": \"2030-01-01T00:00:00Z\", \"frozen\": true}")
                .put("/_sandbox/clock").then().statusCode(200);
        JsonPath pushed = push(DEFAULT_COMPANY, "{\"customerName\": \"Frozen Foods Ltd\", \"status\": \"Active\"}");
        assertEquals(0, receiver.settle(QUIET).size(), "pending while the clock stands still");

        given().contentType(ContentType.JSON).body("{\"status\": \"Success\"}")
                .post("/_sandbox/companies/" + DEFAULT_COMPANY + "/push/operations/" + pushed.getString("pushOperationKey")
                        + "/settle").then().statusCode(200);

        JsonPath event = JsonPath.from(receiver.await(1, WAIT).get(0).body());
        assertEquals("2030-01-01T00:00:00Z", event.getString("payload.completedOnDate"));
        assertEquals("2030-01-01T00:00:00Z", event.getString("generatedDate"));
    }

    @Test
    void failingReceiverIsRetriedOnTheScheduleWithTheSameMessage() {
        receiver.answer(500, 503);
        String consumer = register(receiver.url(), "company.created");
        createCompany("Retry Ltd");

        List<Receiver.Received> deliveries = receiver.await(3, WAIT);

        assertEquals(1, deliveries.stream().map(r -> r.header("webhook-id")).distinct().count());
        assertTrue(deliveries.get(1).arrivedNanos() - deliveries.get(0).arrivedNanos() >= 150_000_000L);
        assertTrue(deliveries.get(2).arrivedNanos() - deliveries.get(1).arrivedNanos() >= 350_000_000L);
        JsonPath journal = given().get("/_sandbox/webhooks/deliveries?consumer=" + consumer).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, 2, 3), journal.getList("attempt", Integer.class));
        assertEquals(List.of(500, 503, 200), journal.getList("status", Integer.class));
        assertEquals(3, receiver.settle(QUIET).size(), "no attempt after a delivery");
    }

    @Test
    void receiverThatNeverAnswersInTimeIsGivenUpAfterTheLastRetry() {
        receiver.answerLate(1_500).answerLate(1_500).answerLate(1_500);
        register(receiver.url(), "company.created");
        createCompany("Slow Ltd");

        receiver.await(3, WAIT);
        receiver.settle(Duration.ofMillis(1_500));

        JsonPath journal = given().get("/_sandbox/webhooks/deliveries").then().extract().jsonPath();
        assertEquals(List.of("timeout", "timeout", "timeout"), journal.getList("error", String.class));
        assertEquals(3, receiver.received().size(), "three attempts: the first and two retries");
        journal.getList("latencyMs", Long.class).forEach(ms -> assertTrue(ms >= 700, ms + " ms"));
    }

    @Test
    void unreachableConsumerIsJournalledAsAConnectionFailure() {
        String consumer = register("http://127.0.0.1:9/nobody", "company.created");
        createCompany("Nobody Home Ltd");

        long until = System.nanoTime() + WAIT.toNanos();
        while (count("consumer=" + consumer) < 3 && System.nanoTime() < until) {
            receiver.settle(Duration.ofMillis(50));
        }
        List<String> errors = given().get("/_sandbox/webhooks/deliveries?consumer=" + consumer).then().extract()
                .jsonPath().getList("error", String.class);
        assertEquals(3, errors.size());
        errors.forEach(error -> assertTrue(error.startsWith("connection failed"), error));
    }

    @Test
    void madeCompanyIsDeliveredAsCompanyCreated() {
        register(receiver.url(), "company.created");
        JsonPath company = createCompany("Technicalium");

        JsonPath event = JsonPath.from(receiver.await(1, WAIT).get(0).body());

        assertEquals("company.created", event.getString("eventType"));
        assertEquals(company.getString("id"), event.getString("payload.id"));
        assertEquals("Technicalium", event.getString("payload.name"));
        assertEquals(company.getString("redirect"), event.getString("payload.redirect"));
        assertEquals(company.getString("created"), event.getString("payload.created"));
        Contract.assertValidWebhook(receiver.received().get(0).body());
    }

    @Test
    void companyWhoseDataBecomeReadyIsDeliveredAsReadCompleted() {
        register(receiver.url(), "read.completed");
        given().contentType(ContentType.JSON).body("{\"company\": \"" + DEFAULT_COMPANY + "\", \"operation\": \"list\","
                + " \"fault\": {\"type\": \"data-not-ready\", \"requests\": 2}}").post("/_sandbox/faults")
                .then().statusCode(201);
        String list = "/companies/" + DEFAULT_COMPANY + "/data/customers";

        given().get(list).then().statusCode(409);
        assertEquals(0, receiver.settle(Duration.ofMillis(300)).size(), "not ready after the first 409");
        given().get(list).then().statusCode(409);
        JsonPath event = JsonPath.from(receiver.await(1, WAIT).get(0).body());
        given().get(list).then().statusCode(200);

        assertEquals("read.completed", event.getString("eventType"));
        assertEquals(DEFAULT_COMPANY, event.getString("payload.referenceCompany.id"));
        assertEquals("customers", event.getString("payload.dataTypes[0].dataType"));
        assertEquals("Complete", event.getString("payload.dataTypes[0].status"));
        Contract.assertValidWebhook(receiver.received().get(0).body());
        assertEquals(1, receiver.settle(QUIET).size());
    }

    @Test
    void rateLimitIsDeliveredWhenReachedAndWhenReset() {
        register(receiver.url(), "client.rateLimit.reached", "client.rateLimit.reset");
        given().contentType(ContentType.JSON).body("{\"company\": \"" + DEFAULT_COMPANY + "\", \"fault\": {\"type\":"
                + " \"rate-limit\", \"maxRequests\": 2, \"windowMs\": 4000}}").post("/_sandbox/faults")
                .then().statusCode(201);
        String list = "/companies/" + DEFAULT_COMPANY + "/data/customers";
        for (int expected : new int[] {200, 200, 429, 429}) {
            given().get(list).then().statusCode(expected);
        }

        List<Receiver.Received> deliveries = receiver.await(2, WAIT);

        JsonPath reached = JsonPath.from(deliveries.get(0).body());
        JsonPath reset = JsonPath.from(deliveries.get(1).body());
        assertEquals("client.rateLimit.reached", reached.getString("eventType"));
        assertEquals(2, reached.getInt("payload.dailyQuota"));
        assertEquals(0, reached.getInt("payload.quotaRemaining"));
        assertEquals("client.rateLimit.reset", reset.getString("eventType"));
        assertEquals(2, reset.getInt("payload.quotaRemaining"));
        assertTrue(deliveries.get(1).arrivedNanos() - deliveries.get(0).arrivedNanos() >= 500_000_000L);
        deliveries.forEach(d -> Contract.assertValidWebhook(d.body()));
        given().get(list).then().statusCode(200);
        assertEquals(2, receiver.settle(QUIET).size(), "one of each for the one window");
    }

    @Test
    void duplicateFaultDeliversTheSameMessageTwice() {
        register(receiver.url(), "company.created");
        addWebhookFault("{\"eventType\": \"company.created\", \"trigger\": {\"type\": \"next\", \"count\": 1},"
                + " \"fault\": {\"type\": \"duplicate\"}}");
        createCompany("Twice Ltd");
        createCompany("Once Ltd");

        List<Receiver.Received> deliveries = receiver.await(3, WAIT);

        assertEquals(3, receiver.settle(QUIET).size());
        assertEquals(2, deliveries.stream().map(r -> r.header("webhook-id")).distinct().count());
        assertEquals(2, count("fault=duplicate"));
        assertEquals(3, count("eventType=company.created&status=200"));
    }

    @Test
    void dropFaultLosesTheMessage() {
        register(receiver.url(), "company.created");
        addWebhookFault("{\"trigger\": {\"type\": \"next\", \"count\": 1}, \"fault\": {\"type\": \"drop\"}}");
        createCompany("Lost Ltd");
        createCompany("Found Ltd");

        List<Receiver.Received> deliveries = receiver.await(1, WAIT);

        assertEquals(1, receiver.settle(QUIET).size());
        assertEquals("Found Ltd", JsonPath.from(deliveries.get(0).body()).getString("payload.name"));
        JsonPath dropped = given().get("/_sandbox/webhooks/deliveries?fault=drop").then().extract().jsonPath();
        assertEquals(List.of("dropped"), dropped.getList("error", String.class));
    }

    @Test
    void delayFaultDeliversLate() {
        register(receiver.url(), "company.created");
        addWebhookFault("{\"fault\": {\"type\": \"delay\", \"delayMs\": 600}}");
        long sent = System.nanoTime();
        createCompany("Late Ltd");

        Receiver.Received delivery = receiver.await(1, WAIT).get(0);

        assertTrue(delivery.arrivedNanos() - sent >= 600_000_000L);
    }

    @Test
    void outOfOrderFaultDeliversTheNextMessageFirst() {
        register(receiver.url(), "company.created");
        addWebhookFault("{\"trigger\": {\"type\": \"next\", \"count\": 1},"
                + " \"fault\": {\"type\": \"out-of-order\", \"holdMs\": 5000}}");
        createCompany("First Ltd");
        createCompany("Second Ltd");

        List<Receiver.Received> deliveries = receiver.await(2, WAIT);

        assertEquals(List.of("Second Ltd", "First Ltd"), deliveries.stream()
                .map(d -> JsonPath.from(d.body()).getString("payload.name")).toList());
    }

    @Test
    void badSignatureFaultFailsVerificationAndTheRetryPasses() throws Exception {
        receiver.answer(401);
        String consumer = register(receiver.url(), "company.created");
        addWebhookFault("{\"trigger\": {\"type\": \"next\", \"count\": 1}, \"fault\": {\"type\": \"bad-signature\"}}");
        createCompany("Forged Ltd");

        List<Receiver.Received> deliveries = receiver.await(2, WAIT);

        Webhook verifier = new Webhook(secret(consumer));
        assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(deliveries.get(0).body(), deliveries.get(0).headerLists()));
        verifier.verify(deliveries.get(1).body(), deliveries.get(1).headerLists());
        assertNotEquals(deliveries.get(0).header("webhook-signature"), deliveries.get(1).header("webhook-signature"));
    }

    @Test
    void staleTimestampFaultIsRefusedByStandardWebhooksLibraries() throws Exception {
        String consumer = register(receiver.url(), "company.created");
        addWebhookFault("{\"fault\": {\"type\": \"stale-timestamp\", \"ageSeconds\": 600}}");
        createCompany("Yesterday Ltd");

        Receiver.Received delivery = receiver.await(1, WAIT).get(0);

        long age = System.currentTimeMillis() / 1000 - Long.parseLong(delivery.header("webhook-timestamp"));
        assertTrue(age >= 599 && age < 700, age + " s");
        WebhookVerificationException refused = assertThrows(WebhookVerificationException.class,
                () -> new Webhook(secret(consumer)).verify(delivery.body(), delivery.headerLists()));
        assertTrue(refused.getMessage().toLowerCase().contains("too old"), refused.getMessage());
    }

    @Test
    void consumersGetOnlyTheirEventTypesAndTheirCompany() {
        Receiver other = Receiver.start();
        try {
            given().contentType(ContentType.JSON).body("{\"url\": \"" + other.url() + "\", \"companyId\": \""
                    + DEFAULT_COMPANY.toUpperCase() + "\"}").post("/_sandbox/webhooks/consumers").then().statusCode(201);
            register(receiver.url(), "customers.write.successful");
            createCompany("Elsewhere Ltd");
            push(DEFAULT_COMPANY, "{\"customerName\": \"Scoped Ltd\", \"status\": \"Active\"}");

            assertEquals(List.of("customers.write.successful"), types(receiver.await(1, WAIT)));
            assertEquals(List.of("customers.write.successful"), types(other.await(1, WAIT)));
            assertEquals(1, receiver.settle(QUIET).size());
            assertEquals(1, other.received().size(), "company.created is about another company");
        } finally {
            other.close();
        }
    }

    @Test
    void codatsWebhookEndpointsAnswerInCodatsShape() {
        Response created = given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.com/webhook-consumer\", \"eventTypes\": [\"company.created\"],"
                        + " \"disabled\": true}").post("/webhooks");
        created.then().statusCode(201);
        Contract.assertValid("POST", "/webhooks", 201, created.asString());
        String id = created.jsonPath().getString("id");
        assertEquals(List.of("id", "url", "disabled", "eventTypes"),
                List.copyOf(created.jsonPath().getMap("").keySet()));

        Response list = given().get("/webhooks");
        list.then().statusCode(200).body("results.url", equalTo(List.of(QuickRetries.CONFIGURED_URL,
                "https://example.com/webhook-consumer")));
        Contract.assertValid("GET", "/webhooks", 200, list.asString());

        given().delete("/webhooks/" + id).then().statusCode(204);
        Response gone = given().delete("/webhooks/" + id);
        gone.then().statusCode(404).body("error", equalTo("Webhook consumer " + id + " not found."));
        Contract.assertValid("DELETE", "/webhooks/" + id, 404, gone.asString());
        given().contentType(ContentType.JSON).body("{\"url\": \"ftp://example.com/x\"}").post("/webhooks")
                .then().statusCode(400).body("error", equalTo("Invalid value 'ftp://example.com/x' for field 'url':"
                        + " must be an absolute http or https URL."));
    }

    @Test
    void consumersFromConfigurationOutliveAResetAndRunTimeOnesDoNot() {
        given().contentType(ContentType.JSON).body("{\"url\": \"https://example.com/a\"}")
                .post("/_sandbox/webhooks/consumers").then().statusCode(201).body("source", equalTo("admin"))
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"));
        given().get("/_sandbox/webhooks/consumers").then().body("size()", equalTo(2))
                .body("[0].source", equalTo("configuration")).body("[0].secret", equalTo(QuickRetries.CONFIGURED_SECRET));
        String firstId = given().get("/_sandbox/webhooks/consumers").then().extract().path("[1].id");

        given().post("/_sandbox/reset").then().statusCode(200);

        given().get("/_sandbox/webhooks/consumers").then().body("size()", equalTo(1))
                .body("[0].url", equalTo(QuickRetries.CONFIGURED_URL));
        given().contentType(ContentType.JSON).body("{\"url\": \"https://example.com/a\"}")
                .post("/_sandbox/webhooks/consumers").then().statusCode(201).body("id", equalTo(firstId));
    }

    @Test
    void webhookFaultRulesAreListedWithTheirCountsAndBadOnesAreRefusedByField() {
        register(receiver.url(), "company.created");
        addWebhookFault("{\"trigger\": {\"type\": \"every\", \"nth\": 2}, \"fault\": {\"type\": \"duplicate\","
                + " \"copies\": 3}}");
        createCompany("One Ltd");
        createCompany("Two Ltd");
        receiver.await(4, WAIT);

        given().get("/_sandbox/webhooks/faults").then().body("[0].matched", equalTo(2)).body("[0].fired", equalTo(1))
                .body("[0].fault.type", equalTo("duplicate"));
        given().contentType(ContentType.JSON).body("{\"fault\": {\"type\": \"duplicate\", \"copies\": 11}}")
                .post("/_sandbox/webhooks/faults").then().statusCode(400)
                .body("error", equalTo("Invalid value '11' for field 'fault.copies': must be a whole number from 2"
                        + " to 10."));
        given().contentType(ContentType.JSON).body("{\"fault\": {\"type\": \"lost\"}}")
                .post("/_sandbox/webhooks/faults").then().statusCode(400)
                .body("error", equalTo("Invalid value 'lost' for field 'fault.type': must be one of delay, drop,"
                        + " duplicate, out-of-order, bad-signature, stale-timestamp."));
    }

    // ---- what the tests do over HTTP

    static String register(String url, String... eventTypes) {
        String types = String.join("\", \"", eventTypes);
        return given().contentType(ContentType.JSON)
                .body("{\"url\": \"" + url + "\", \"eventTypes\": [\"" + types + "\"]}")
                .post("/webhooks").then().statusCode(201).extract().path("id");
    }

    static String secret(String consumer) {
        return given().get("/_sandbox/webhooks/consumers/" + consumer).then().statusCode(200).extract()
                .path("secret");
    }

    static JsonPath push(String company, String customer) {
        String connection = given().get("/companies/" + company + "/connections").then().statusCode(200)
                .extract().path("results[0].id");
        return given().contentType(ContentType.JSON).body(customer)
                .post("/companies/" + company + "/connections/" + connection + "/push/customers")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath createCompany(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name)).post("/companies")
                .then().statusCode(200).extract().jsonPath();
    }

    static void addWebhookFault(String rule) {
        given().contentType(ContentType.JSON).body(rule).post("/_sandbox/webhooks/faults").then().statusCode(201);
    }

    static long count(String query) {
        return given().get("/_sandbox/webhooks/deliveries/count?" + query).then().statusCode(200).extract()
                .jsonPath().getLong("count");
    }

    static List<String> types(List<Receiver.Received> deliveries) {
        return deliveries.stream().map(d -> JsonPath.from(d.body()).getString("eventType")).toList();
    }
}
