package example;

import dev.codatsandbox.client.Fault;
import dev.codatsandbox.client.FaultRule;
import dev.codatsandbox.client.JournalQuery;
import dev.codatsandbox.client.Operation;
import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxCompany;
import dev.codatsandbox.client.Trigger;
import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Errors a client must retry: the list fails twice then succeeds; a rate limit says when to come back. */
@CodatSandboxTest
class RetryTest {

    @Test
    void failTwiceThenSucceed(SandboxClient sandbox, SandboxCompany company) throws Exception {
        company.faults().add(FaultRule.of(Fault.status(503)).operation(Operation.LIST).trigger(Trigger.next(2)));
        Codat codat = new Codat(sandbox);
        String list = "/companies/" + company.id() + "/data/customers";

        assertEquals(503, codat.get(list).statusCode());
        assertEquals(503, codat.get(list).statusCode());
        assertEquals(200, codat.get(list).statusCode());
        company.journal().assertCalled(JournalQuery.all().status(503), 2);
    }

    @Test
    void rateLimitedWithRetryAfter(SandboxClient sandbox, SandboxCompany company) throws Exception {
        company.faults().add(Fault.rateLimit().maxRequests(2, Duration.ofMinutes(1)));
        Codat codat = new Codat(sandbox);
        String list = "/companies/" + company.id() + "/data/customers";

        codat.get(list);
        codat.get(list);
        HttpResponse<String> limited = codat.get(list);
        assertEquals(429, limited.statusCode());
        assertEquals(true, Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) > 0);
    }
}
