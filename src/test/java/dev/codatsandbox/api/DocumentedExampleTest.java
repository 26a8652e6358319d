package dev.codatsandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With no generated customers, the default company answers exactly Codat's documented example page, and its
 * customer "71" exactly the documented customer.
 */
@QuarkusTest
@TestProfile(DocumentedExampleTest.OnlyTheDocumentedCustomer.class)
class DocumentedExampleTest {


    public static class OnlyTheDocumentedCustomer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.customers-per-company", "0");
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listOfTheDefaultCompanyIsTheDocumentedPage() throws IOException {
        String body = given().when().get("/companies/{id}/data/customers", DEFAULT_COMPANY)
                .then().statusCode(200).contentType("application/json").extract().asString();

        assertEquals(documentedPage(), json.readTree(body));
    }

    @Test
    void customer71IsTheDocumentedCustomer() throws IOException {
        String body = given().when().get("/companies/{id}/data/customers/71", DEFAULT_COMPANY)
                .then().statusCode(200).contentType("application/json").extract().asString();

        assertEquals(documentedPage().get("results").get(0), json.readTree(body));
    }

    /**
     * Codat's documented page, with the one deliberate difference: the contact address's {@code postalcode} (a typo
     * of the documentation page, which Codat's schema and SDKs spell {@code postalCode}) is served as
     * {@code postalCode}.
     */
    private JsonNode documentedPage() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference/documented-customers-page.json")) {
            JsonNode page = json.readTree(in);
            for (JsonNode contact : page.get("results").get(0).get("contacts")) {
                ObjectNode address = (ObjectNode) contact.get("address");
                address.set("postalCode", address.remove("postalcode"));
            }
            return page;
        }
    }
}
