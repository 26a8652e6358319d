package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;

/** Runs at the same time as {@link IsolationOneTest} on one sandbox; faults every request of its company with 429. */
@CodatSandboxTest
class IsolationTwoTest {

    @Test
    void seesOnlyItsOwnFaultsAndRequests(SandboxClient sandbox, SandboxCompany company) throws Exception {
        Isolation.run("IsolationTwoTest", 429, sandbox, company);
    }
}
