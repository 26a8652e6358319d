package dev.codatsandbox.client;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@link IsolationOneTest} and {@link IsolationTwoTest} do at the same moment: each faults every request of its
 * own company, waits (a barrier both must reach, so the two classes provably run at once), and checks that it sees
 * only its own faults and requests while the other's rule is in force.
 */
final class Isolation {

    private static final CyclicBarrier BOTH = new CyclicBarrier(2);

    private Isolation() {
    }

    static void run(String name, int status, SandboxClient sandbox, SandboxCompany company) throws Exception {
        Codat codat = new Codat(sandbox);
        String list = "/companies/" + company.id() + "/data/customers";
        log(name, "company " + company.id() + ": adding 'always " + status + "'");
        ActiveFaultRule rule = company.faults().add(Fault.status(status));
        meet(name);
        for (int i = 0; i < 5; i++) {
            assertEquals(status, codat.get(list).statusCode());
        }
        HttpResponse<String> unfaulted = codat.get("/companies/" + sandbox.newCompany().id() + "/data/customers");
        assertEquals(200, unfaulted.statusCode(), "a company of no test is not faulted by either");
        meet(name);
        assertEquals(1, company.faults().list().size(), "only this company's rule is listed");
        assertEquals(5, company.faults().get(rule.id()).fired());
        company.journal().assertCalled(JournalQuery.all(), 5);
        company.journal().assertCalled(JournalQuery.all().status(status), 5);
        log(name, "saw 5 requests, all " + status + ", and 1 rule, its own, of "
                + sandbox.faults().list().size() + " in the sandbox");
        meet(name);
    }

    private static void meet(String name) throws Exception {
        log(name, "waiting for the other class");
        BOTH.await(60, TimeUnit.SECONDS);
    }

    private static void log(String name, String what) {
        System.out.println(Instant.now() + " [" + Thread.currentThread().getName() + "] " + name + ": " + what);
    }
}
