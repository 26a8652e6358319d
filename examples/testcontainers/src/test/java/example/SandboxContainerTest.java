package example;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A test of "another project" that talks to the sandbox started by Testcontainers. */
@Testcontainers
class SandboxContainerTest {

    @Container
    static final CodatSandbox SANDBOX = new CodatSandbox();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SANDBOX.baseUrl() + path))
                .header("Authorization", CodatSandbox.API_KEY_HEADER).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsCustomersOfTheDefaultCompanyInCodatsEnvelope() throws Exception {
        HttpResponse<String> page = get("/companies/919371ab-763c-4bc7-99a4-9723cade34d3/data/customers?pageSize=2");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("\"totalResults\":"), page.body());
        assertTrue(page.body().contains("\"id\":\"71\""), page.body());
    }

    @Test
    void theFixtureFileOfThisProjectIsServed() throws Exception {
        HttpResponse<String> company = get("/companies/my-test-company/data/customers");

        assertEquals(200, company.statusCode(), company.body());
        assertTrue(company.body().contains("\"customerName\":\"Exactly This Customer Ltd\""), company.body());
        assertTrue(company.body().contains("\"totalResults\":4"), company.body());
    }

    @Test
    void unknownCompanyIsCodatsNotFound() throws Exception {
        HttpResponse<String> missing = get("/companies/no-such-company/data/customers");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("\"statusCode\":404"), missing.body());
    }
}
