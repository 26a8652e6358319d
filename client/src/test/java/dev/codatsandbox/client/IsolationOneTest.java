package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;

/** Runs at the same time as {@link IsolationTwoTest} on one sandbox; faults every request of its company with 503. */
@CodatSandboxTest
class IsolationOneTest {

    @Test
    void seesOnlyItsOwnFaultsAndRequests(SandboxClient sandbox, SandboxCompany company) throws Exception {
        Isolation.run("IsolationOneTest", 503, sandbox, company);
    }
}
