package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example of docs/use-from-tests.md and the README, exactly as written there. */
@CodatSandboxTest
class FailTwiceThenSucceedTest {

    @Test
    void listAnswers503TwiceThen200(SandboxClient sandbox, SandboxCompany company) throws Exception {
        company.faults().add(FaultRule.of(Fault.status(503)).operation(Operation.LIST).trigger(Trigger.next(2)));
        HttpRequest list = HttpRequest.newBuilder(URI.create(company.customersUrl()))
                .header("Authorization", sandbox.authorization()).build();
        for (int expected : new int[] {503, 503, 200}) {
            assertEquals(expected, sandbox.httpClient().send(list, BodyHandlers.ofString()).statusCode());
        }
        company.journal().assertCalled(JournalQuery.all().operation(Operation.LIST), 3);
    }
}
