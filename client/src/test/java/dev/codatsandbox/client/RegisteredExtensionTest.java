package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code @RegisterExtension} form with settings of its own: a second sandbox (seed 7, this project's fixture
 * folder with its {@code faults.json}, a start-up rule), shared by every class that asks for the same settings.
 * Settings need a sandbox the extension starts, so this class does not run against a URL.
 */
@DisabledIfSystemProperty(named = "codat.sandbox.source", matches = "url")
@DisabledIfEnvironmentVariable(named = "CODAT_SANDBOX_URL", matches = ".+")
class RegisteredExtensionTest {

    @RegisterExtension
    static final CodatSandboxExtension SANDBOX = CodatSandboxExtension.builder()
            .settings(SandboxSettings.defaults().seed(7).fixtures(Path.of("src/test/resources/fixtures"))
                    .apiKeys("key-one", "key-two"))
            .faults(FaultRule.of(Fault.status(418)).company("two-customers").operation(Operation.LIST)
                    .trigger(Trigger.next(1)))
            .build();

    @Test
    void theSandboxStartsWithTheSettingsFixturesFaultsFileAndStartUpRules() throws Exception {
        Codat codat = new Codat(SANDBOX.client());
        assertEquals(SANDBOX.baseUrl(), SANDBOX.client().baseUrl());
        assertEquals(SandboxClient.authorization("key-one"), SANDBOX.client().authorization());

        assertEquals(418, codat.get("/companies/two-customers/data/customers").statusCode());
        assertEquals(200, codat.get("/companies/two-customers/data/customers").statusCode());
        // faults.json of the fixture folder: the first get answers 502
        assertEquals(502, codat.get("/companies/two-customers/data/customers/C-1").statusCode());
        assertEquals(200, codat.get("/companies/two-customers/data/customers/C-1").statusCode());
        assertEquals(2, SANDBOX.client().faults().list().size());
        assertEquals(401, new Codat(SandboxClient.of(SANDBOX.baseUrl()))
                .get("/companies/two-customers/data/customers").statusCode());
    }
}
