package dev.codatsandbox.client;

import dev.codatsandbox.client.quarkus.CodatSandboxTestResource;
import dev.codatsandbox.client.testcontainers.CodatSandboxContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The container with every setting of its own; runs when the tests are asked to use containers
 * ({@code -Dcodat.sandbox.source=container}).
 */
@EnabledIfSystemProperty(named = "codat.sandbox.source", matches = "container")
class ContainerTest {

    @Test
    void theContainerServesItsFixturesFaultsAndKeys() throws Exception {
        try (CodatSandboxContainer sandbox = new CodatSandboxContainer().withSeed(7)
                .withFixtures(Path.of("src/test/resources/fixtures"))
                .withFaults(FaultRule.of(Fault.status(418)).company("two-customers").operation(Operation.LIST)
                        .trigger(Trigger.next(1)))
                .withApiKeys("container-key")) {
            sandbox.start();
            SandboxClient client = sandbox.client();
            Codat codat = new Codat(client);

            assertTrue(client.baseUrl().equals(sandbox.getBaseUrl()) && client.isReady());
            assertEquals(418, codat.get("/companies/two-customers/data/customers").statusCode());
            assertEquals(200, codat.get("/companies/two-customers/data/customers").statusCode());
            assertEquals(502, codat.get("/companies/two-customers/data/customers/C-1").statusCode());
            assertEquals(401, new Codat(SandboxClient.of(client.baseUrl()))
                    .get("/companies/two-customers/data/customers").statusCode());
            assertEquals("/fixtures", client.companies().list().fixturesDir());
        }
    }

    @Test
    void theQuarkusTestResourceHandsTheApplicationTheSandboxsUrl() {
        CodatSandboxTestResource resource = new CodatSandboxTestResource();
        resource.init(Map.of("seed", "7", "property", "quarkus.rest-client.codat.url"));
        try {
            Map<String, String> config = resource.start();
            assertEquals(Map.of("quarkus.rest-client.codat.url", resource.container().getBaseUrl()), config);
            assertTrue(SandboxClient.of(config.get("quarkus.rest-client.codat.url")).isReady());
        } finally {
            resource.stop();
        }
    }
}
