package example;

import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxCompany;
import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A company of this test's own holding exactly the customers of a fixture file of this project. */
@CodatSandboxTest
class FixtureCompanyTest {

    @Test
    void aFreshCompanyFromAFixtureFile(SandboxClient sandbox) throws Exception {
        SandboxCompany company = sandbox.newCompany(Path.of("src/test/resources/fixtures/three-customers.json"));

        assertEquals(3, new Codat(sandbox).json("GET", "/companies/" + company.id() + "/data/customers", null)
                .path("totalResults").asInt());
    }
}
