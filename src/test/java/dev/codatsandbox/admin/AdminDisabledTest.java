package dev.codatsandbox.admin;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With {@code sandbox.admin.enabled=false} nothing under /_sandbox answers but 404; Codat's endpoints are served. */
@QuarkusTest
@TestProfile(AdminDisabledTest.AdminOff.class)
class AdminDisabledTest {

    /** The admin API is switched off (a token is set too: off wins, so nothing tells that the API exists). */
    public static class AdminOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.admin.enabled", "false", "sandbox.admin.token", "s3cret");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /_sandbox/companies
            POST   | /_sandbox/reset
            POST   | /_sandbox/reload
            DELETE | /_sandbox/companies/919371ab-763c-4bc7-99a4-9723cade34d3
            GET    | /_sandbox/companies/919371ab-763c-4bc7-99a4-9723cade34d3/fixture
            GET    | /_sandbox/anything-else
            GET    | /_sandbox/ui
            GET    | /_sandbox/ui/
            GET    | /_sandbox/ui/index.html
            GET    | /_sandbox/ui/dashboard.js
            GET    | /_sandbox/journal/stream
            POST   | /_sandbox/companies/919371ab-763c-4bc7-99a4-9723cade34d3/push/operations/k/settle
            """)
    void everyAdminPathIs404(String method, String path) {
        given().header("Authorization", "Bearer s3cret").when().request(method, path).then().statusCode(404)
                .body("statusCode", equalTo(404))
                .body("error", equalTo("The requested resource was not found."));
    }

    @Test
    void codatsEndpointsAreServed() {
        given().when().get("/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers").then().statusCode(200);
    }
}
