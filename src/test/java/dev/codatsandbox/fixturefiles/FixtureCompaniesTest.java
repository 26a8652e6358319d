package dev.codatsandbox.fixturefiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Companies of fixture files, served through Codat's endpoints exactly as the files state them. */
@QuarkusTest
@TestProfile(FixtureCompaniesTest.ServedFixtures.class)
class FixtureCompaniesTest {

    static final Path SERVED = Path.of("src/test/resources/fixtures/served");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The fixture folder src/test/resources/fixtures/served, and a configured company one of its files replaces. */
    public static class ServedFixtures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.fixtures.dir", SERVED.toString(),
                    "sandbox.companies.ids", "configured-company,other-configured",
                    "sandbox.customers-per-company", "3");
        }
    }

    private static JsonNode results(String companyId) throws IOException {
        return JSON.readTree(given().when().get("/companies/{id}/data/customers", companyId)
                .then().statusCode(200).extract().asString()).get("results");
    }

    @Test
    void statedCustomersAreServedExactlyAsTheFileWritesThem() throws IOException {
        JsonNode file = JSON.readTree(SERVED.resolve("exact.json").toFile());

        assertEquals(file.get("customers"), results("exact-customers"));
    }

    @Test
    void aSavedApiResponsePastedInIsServedBackWithPostalCodeSpelledAsCodatsSchema() throws IOException {
        JsonNode page = JSON.readTree(Path.of("src/test/resources/reference/documented-customers-page.json").toFile());
        String expected = page.get("results").toString().replace("\"postalcode\"", "\"postalCode\"");

        assertEquals(JSON.readTree(expected), results("pasted-response"));
    }

    @Test
    void aStatedCustomerIsServedOneByOne() {
        given().when().get("/companies/exact-customers/data/customers/late-arrival-1").then().statusCode(200)
                .body("customerName", equalTo("Customer Added After The Generated Ones"));
    }

    @Test
    void aFixtureCompanyReplacesTheConfiguredCompanyWithItsId() throws IOException {
        JsonNode results = results("configured-company");

        assertEquals(1, results.size());
        assertEquals("only-one", results.get(0).get("id").asText());
        assertEquals(3, results("other-configured").size());
    }

    @Test
    void aUuidCompanyIdWrittenInUpperCaseIsServedInLowerCaseAndMatchedInAnyCase() throws IOException {
        JsonNode lower = results("abcdef01-2345-4678-9abc-def012345678");

        assertEquals(2, lower.size());
        assertEquals(lower, results("ABCDEF01-2345-4678-9ABC-DEF012345678"));
        given().when().get("/companies/ABCDEF01-2345-4678-9ABC-DEF012345678/data/customers").then()
                .body("_links.self.href", equalTo("/companies/abcdef01-2345-4678-9abc-def012345678/data/customers"));
    }
}
