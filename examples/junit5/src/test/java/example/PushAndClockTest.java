package example;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxCompany;
import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A push that fails validation; a delta sync driven by the sandbox clock (which is shared: the class runs alone). */
@CodatSandboxTest
@Isolated
class PushAndClockTest {

    @AfterEach
    void realTime(SandboxClient sandbox) {
        sandbox.clock().realTime();
    }

    @Test
    void pushThatFailsValidation(SandboxClient sandbox, SandboxCompany company) throws Exception {
        JsonNode operation = new Codat(sandbox).push(company.id(), "{\"customerName\": \"No Status Ltd\"}");

        assertEquals("Failed", operation.path("status").asText());
        assertEquals("status", operation.path("validation").path("errors").get(0).path("itemId").asText());
        assertEquals("Failed", company.push().operation(operation.path("pushOperationKey").asText()).status());
    }

    @Test
    void deltaSyncReadsOnlyWhatChangedSinceTheLastSync(SandboxClient sandbox, SandboxCompany company)
            throws Exception {
        Instant lastSync = Instant.parse("2030-01-01T00:00:00Z");
        sandbox.clock().set(lastSync, true);
        Codat codat = new Codat(sandbox);
        codat.push(company.id(), "{\"customerName\": \"New Since Ltd\", \"status\": \"Active\"}");
        sandbox.clock().advance(Duration.ofSeconds(1));

        JsonNode delta = codat.json("GET", "/companies/" + company.id() + "/data/customers?query=modifiedDate%3E"
                + lastSync, null);
        assertEquals(1, delta.path("totalResults").asInt());
        assertEquals("New Since Ltd", delta.path("results").get(0).path("customerName").asText());
    }
}
