package dev.codatsandbox.faults;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.LIST;
import static dev.codatsandbox.testing.TestSandbox.OTHER_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.addRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rate limiter under concurrent load: Codat's 429, its body and Retry-After, per company. */
@QuarkusTest
class RateLimitTest {

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    private static List<HttpResponse<String>> concurrently(int n, String path) throws Exception {
        HttpClient client = TestSandbox.client();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(client.sendAsync(TestSandbox.get(path).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            responses.add(call.get());
        }
        return responses;
    }

    private static void assertCodats429(HttpResponse<String> response, int minRetryAfter, int maxRetryAfter) {
        assertEquals(429, response.statusCode());
        int retryAfter = Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= minRetryAfter && retryAfter <= maxRetryAfter, "Retry-After " + retryAfter);
        JsonPath body = new JsonPath(response.body());
        assertEquals(429, body.getInt("statusCode"));
        assertEquals("You have made too many requests in a given amount of time; please retry later.",
                body.getString("error"));
        assertTrue(body.getString("correlationId").matches("[0-9a-f]{32}"));
    }

    @Test
    void requestsOverTheWindowsQuotaAre429WithTheSecondsLeftInTheWindow() throws Exception {
        addRule("""
                {"fault": {"type": "rate-limit", "maxRequests": 10, "windowMs": 30000}}""");

        List<HttpResponse<String>> responses = concurrently(100, LIST + "?pageSize=1");

        assertEquals(10, responses.stream().filter(r -> r.statusCode() == 200).count());
        responses.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertCodats429(r, 1, 30));
        assertEquals(200, TestSandbox.send(TestSandbox.client(),
                TestSandbox.get("/companies/" + OTHER_COMPANY + "/data/customers?pageSize=1").build()).statusCode());
    }

    @Test
    void requestsOverTheConcurrencyLimitAre429UntilASlotIsFree() throws Exception {
        addRule("""
                {"company": "%s", "fault": {"type": "rate-limit", "maxConcurrent": 5, "retryAfterSeconds": 2}}"""
                .formatted(DEFAULT_COMPANY));
        addRule("""
                {"fault": {"type": "latency", "latencyMs": 2500}}""");

        List<HttpResponse<String>> responses = concurrently(40, LIST + "?pageSize=1");

        assertEquals(5, responses.stream().filter(r -> r.statusCode() == 200).count());
        responses.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertCodats429(r, 2, 2));
        assertEquals(200, TestSandbox.send(TestSandbox.client(), TestSandbox.get(LIST + "?pageSize=1").build()).statusCode());
    }
}
