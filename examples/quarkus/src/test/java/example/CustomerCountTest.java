package example;

import dev.codatsandbox.client.Fault;
import dev.codatsandbox.client.FaultRule;
import dev.codatsandbox.client.JournalQuery;
import dev.codatsandbox.client.Operation;
import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxCompany;
import dev.codatsandbox.client.Trigger;
import dev.codatsandbox.client.quarkus.CodatSandboxTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The application's Codat client, against the sandbox in a container that the test resource starts. */
@QuarkusTest
@WithTestResource(value = CodatSandboxTestResource.class,
        initArgs = @ResourceArg(name = "property", value = "quarkus.rest-client.codat.url"))
class CustomerCountTest {

    @Inject
    CustomerCount count;

    @ConfigProperty(name = "quarkus.rest-client.codat.url")
    String sandboxUrl;

    @Test
    void retriesTheListTwiceThenCounts() {
        SandboxCompany company = SandboxClient.of(sandboxUrl).newCompany();
        company.faults().add(FaultRule.of(Fault.status(503)).operation(Operation.LIST).trigger(Trigger.next(2)));

        assertEquals(50, count.of(company.id()));
        company.journal().assertCalled(JournalQuery.all().operation(Operation.LIST), 3);
    }
}
