package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clock is the sandbox's, not a company's: these tests run alone. Scripted push outcomes and operations. */
@CodatSandboxTest
@Isolated
class ClockAndPushTest {

    private static final Instant NEW_YEAR = Instant.parse("2030-01-01T00:00:00Z");
    private static final String CUSTOMER = "{\"customerName\": \"Acme Anvils Ltd\", \"status\": \"Active\"}";

    @AfterEach
    void realTime(SandboxClient sandbox) {
        sandbox.clock().realTime();
    }

    @Test
    void theClockIsSetFrozenAdvancedAndPutBack(SandboxClient sandbox) {
        assertEquals(new ClockState(NEW_YEAR, true), sandbox.clock().set(NEW_YEAR, true));
        assertEquals(new ClockState(NEW_YEAR.plusMillis(250), true), sandbox.clock().advance(Duration.ofMillis(250)));
        assertTrue(sandbox.clock().get().frozen());
        assertFalse(sandbox.clock().unfreeze().frozen());
        assertTrue(sandbox.clock().freeze().frozen());
        assertFalse(sandbox.clock().realTime().frozen());
    }

    @Test
    void aScriptedFailureIsTakenByTheNextPushAndReadBack(SandboxClient sandbox, SandboxCompany company)
            throws Exception {
        sandbox.clock().set(NEW_YEAR, true);
        List<PushOutcome> waiting = company.push().script(PushOutcome.failed().after(Duration.ofMillis(500))
                .error("customerName", "Name already used.", "Platform"), PushOutcome.timedOut());
        assertEquals(2, waiting.size());

        String key = new Codat(sandbox).pushCustomer(company.id(), CUSTOMER);
        assertEquals(List.of(PushOutcome.timedOut()), company.push().scripted());
        assertEquals("Pending", company.push().operation(key).status());

        sandbox.clock().advance(Duration.ofMillis(500));
        PushOperation failed = company.push().operation(key);
        assertEquals("Failed", failed.status());
        assertEquals(NEW_YEAR.plusMillis(500), failed.completedOnUtc());
        assertEquals("Name already used.", failed.validation().errors().get(0).message());
        assertEquals(List.of(key), company.push().operations().stream().map(PushOperation::pushOperationKey)
                .toList());

        company.close();
        assertEquals(List.of(), company.push().scripted());
        assertNull(failed.timeoutInMinutes());
    }
}
