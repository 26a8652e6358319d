package dev.codatsandbox.client;

import dev.codatsandbox.client.junit.CodatSandboxTest;
import dev.codatsandbox.client.junit.SandboxUrl;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin client against a running sandbox: faults with counts, journal, companies and fixtures, errors. */
@CodatSandboxTest
class AdminClientTest {

    @Test
    void theExtensionGivesTheBaseUrlTheClientAndACompanyPerTest(@SandboxUrl String url, SandboxClient sandbox,
            SandboxCompany company, SandboxCompany sameCompany) {
        assertEquals(sandbox.baseUrl(), url);
        assertTrue(sandbox.isReady());
        assertTrue(company == sameCompany, "one company per test");
        assertEquals(36, company.id().length());
    }

    @Test
    void rulesAreListedWithTheirMatchAndFireCounts(SandboxClient sandbox, SandboxCompany company) throws Exception {
        ActiveFaultRule rule = company.faults().add(FaultRule.of(Fault.status(503).retryAfterSeconds(1))
                .operation(Operation.LIST).trigger(Trigger.next(1)));
        Codat codat = new Codat(sandbox);
        String list = "/companies/" + company.id() + "/data/customers";

        HttpResponse<String> first = codat.get(list);
        assertEquals(503, first.statusCode());
        assertEquals("1", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, codat.get(list).statusCode());

        ActiveFaultRule counted = company.faults().get(rule.id());
        assertEquals(2, counted.matched());
        assertEquals(1, counted.fired());
        assertEquals(company.id(), counted.company());
        assertEquals(List.of(counted), company.faults().list());
        assertEquals(Fault.status(503).retryAfterSeconds(1), counted.fault());
    }

    @Test
    void theHeaderAsksForOneFaultOnOneRequest(SandboxClient sandbox, SandboxCompany company) throws Exception {
        HttpResponse<String> drifted = new Codat(sandbox).get("/companies/" + company.id()
                + "/data/customers?pageSize=5", Fault.HEADER, Fault.wrongTotal().totalResultsDelta(-2).headerValue());

        assertEquals(200, drifted.statusCode());
        assertEquals(48, Json.tree(drifted.body()).path("totalResults").asInt());
        assertEquals(1, company.journal().count(JournalQuery.all().fault("header")));
    }

    @Test
    void journalQueriesCountAndAssertionsShowTheRequestsRecorded(SandboxClient sandbox, SandboxCompany company)
            throws Exception {
        Codat codat = new Codat(sandbox);
        String list = "/companies/" + company.id() + "/data/customers";
        codat.get(list + "?page=3&pageSize=2");
        codat.get(list + "?page=1&pageSize=2");
        codat.get(list + "/no-such-customer");

        JournalQuery pageThree = JournalQuery.all().operation(Operation.LIST).page(3);
        assertEquals(1, company.journal().count(pageThree));
        assertEquals(1, company.journal().count(JournalQuery.all().status(404)));
        assertEquals(2, company.journal().count(JournalQuery.all().method("GET").operation(Operation.LIST)));
        assertEquals(3, company.journal().entries().size());
        company.journal().assertCalled(pageThree, 1);

        AssertionError failure = assertThrows(AssertionError.class,
                () -> company.journal().assertCalled(pageThree, 2));
        assertTrue(failure.getMessage().startsWith("expected list requests for page 3 of company " + company.id()
                + " twice, got once: \n  #"), failure.getMessage());
        assertTrue(failure.getMessage().contains("GET /companies/" + company.id()
                + "/data/customers?page=3&pageSize=2 -> 200"), failure.getMessage());
    }

    @Test
    void aFreshCompanyHoldsTheStatedCustomersAndExportsThem(SandboxClient sandbox) throws Exception {
        SandboxCompany company = sandbox.newCompany(CompanyFixture.of("ignored").name("Stated Ltd")
                .customer("C-1", "Only Customer Ltd"));

        AdminCompany described = company.describe();
        assertEquals("admin", described.source());
        assertEquals(1, described.customers());
        assertEquals("Only Customer Ltd", Json.tree(new Codat(sandbox).get("/companies/" + company.id()
                + "/data/customers/C-1").body()).path("customerName").asText());
        CompanyFixture exported = company.export();
        assertEquals(company.id(), exported.id());
        assertTrue(exported.toJson().contains("\"Stated Ltd\""), exported.toJson());
    }

    @Test
    void aFreshCompanyFromAFixtureFileTakesANewId(SandboxClient sandbox) throws Exception {
        SandboxCompany company = sandbox.newCompany(Path.of("src/test/resources/fixtures/two-customers.json"));

        assertNotEquals("two-customers", company.id());
        assertEquals(2, Json.tree(new Codat(sandbox).get("/companies/" + company.id() + "/data/customers").body())
                .path("totalResults").asInt());
        assertEquals("admin", sandbox.companies().delete(company.id()).source());
        assertEquals(404, new Codat(sandbox).get("/companies/" + company.id() + "/data/customers").statusCode());
    }

    @Test
    void errorsOfTheSandboxCarryCodatsBody(SandboxClient sandbox) {
        SandboxException rejected = assertThrows(SandboxException.class, () -> sandbox.companies()
                .put(CompanyFixture.fromJson("{\"id\": \"bad-one\", \"customers\": [{\"id\": \"C-1\"}]}")));

        assertEquals(400, rejected.statusCode());
        assertEquals(400, rejected.error().statusCode());
        assertEquals("request body:$.customers[0].status", rejected.error().validation().errors().get(0).itemId());

        SandboxException missing = assertThrows(SandboxException.class, () -> sandbox.faults().get("999999"));
        assertEquals(404, missing.statusCode());
    }

    @Test
    void aRuleOfACompanyCannotNameAnother(SandboxCompany company) {
        assertThrows(IllegalArgumentException.class,
                () -> company.faults().add(FaultRule.of(Fault.hang()).company("someone-else")));
    }

    /** A nested class shares the outer class's sandbox and takes companies of its own. */
    @Nested
    class InANestedClass {

        @Test
        void aNestedClassGetsTheSameSandbox(SandboxClient sandbox, SandboxCompany company) {
            assertTrue(sandbox.isReady());
            assertEquals(0, company.journal().count(JournalQuery.all()));
        }
    }
}
