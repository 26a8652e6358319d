package dev.codatsandbox.admin;

import dev.codatsandbox.lifecycle.SandboxReset;

import dev.codatsandbox.companies.CompanyDirectory;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Status;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reset and reload fire {@link SandboxReset} for every capability with run-time state, and drop the changes written
 * to companies (as push writes them: {@code hold(id)} then {@code put(customer)}). In-process only, with no IT
 * twin: it observes the event and writes through the directory, which a test cannot do to a packaged server.
 */
@QuarkusTest
class SandboxResetEventTest {

    static final String COMPANY = "5e7e0000-0000-4000-8000-000000000001";

    @Inject
    ResetCounter counter;

    @Inject
    CompanyDirectory companies;

    @Test
    void resetAndReloadFireTheEventOnce() {
        int before = counter.count();

        given().when().post("/_sandbox/reset").then().statusCode(200);
        assertEquals(before + 1, counter.count());
        given().when().post("/_sandbox/reload").then().statusCode(200);
        assertEquals(before + 2, counter.count());
    }

    @Test
    void resetDropsCustomersWrittenAtRunTimeToAHeldCompany() {
        Customer pushed = new Customer("pushed-1", "Pushed Ltd", null, null, "GBP", null, List.of(), List.of(), null,
                null, Status.Active, null, null, null, null);
        companies.hold(COMPANY).orElseThrow().put(pushed);
        given().when().get("/companies/{c}/data/customers/pushed-1", COMPANY).then().statusCode(200)
                .body("customerName", equalTo("Pushed Ltd"));

        given().when().post("/_sandbox/reset").then().statusCode(200);

        given().when().get("/companies/{c}/data/customers/pushed-1", COMPANY).then().statusCode(404);
    }
}
