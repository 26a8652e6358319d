package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reset and reload act on every test at once: this class runs alone. */
@CodatSandboxTest
@Isolated
class ResetTest {

    @Test
    void resetDropsRulesAndThePutCompaniesAndReloadReadsTheFolderAgain(SandboxClient sandbox) {
        SandboxCompany company = sandbox.newCompany(CompanyFixture.of("x").customer("C-1", "Gone Soon Ltd"));
        company.faults().add(Fault.hang());

        SandboxState reset = sandbox.reset();
        assertTrue(reset.companies().stream().noneMatch(c -> c.id().equals(company.id())), reset.toString());
        assertEquals(0, company.faults().list().size());
        assertEquals("first-use", company.describe().source());

        SandboxState reloaded = sandbox.reload();
        assertEquals(reset.fixturesDir(), reloaded.fixturesDir());
        assertTrue(reloaded.companies().stream().anyMatch(c -> c.id().equals(SandboxClient.DEFAULT_COMPANY)));
    }
}
