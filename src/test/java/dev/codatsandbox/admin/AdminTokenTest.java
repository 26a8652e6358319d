package dev.codatsandbox.admin;

import dev.codatsandbox.testing.TestSandbox;
import dev.codatsandbox.testing.AdminToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** With {@code sandbox.admin.token} set, every call under /_sandbox needs {@code Authorization: Bearer <token>}. */
@QuarkusTest
@TestProfile(AdminToken.class)
class AdminTokenTest {

    @ParameterizedTest(name = "{0} {1} with [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /_sandbox/companies                  | (none)
            GET  | /_sandbox/companies                  | Bearer wrong
            GET  | /_sandbox/companies                  | Bearer s3cret2
            GET  | /_sandbox/companies                  | bearer s3cret
            GET  | /_sandbox/companies                  | Basic ZGVtbw==
            GET  | /_sandbox/companies                  | s3cret
            POST | /_sandbox/reset                      | Bearer wrong
            POST | /_sandbox/reload                     | (none)
            GET  | /_sandbox/companies/alpha/fixture    | (none)
            GET  | /_sandbox/faults                     | (none)
            GET  | /_sandbox/an-endpoint-added-later    | Bearer nope
            GET  | /_sandbox                            | (none)
            GET  | /_sandbox/journal/stream             | (none)
            GET  | /_sandbox/journal/stream             | Bearer wrong
            GET  | /_sandbox/companies/alpha/push/operations | (none)
            """)
    void anAdminCallWithoutTheTokenIs401InCodatsShape(String method, String path, String authorization) {
        var request = given().auth().none();
        if (!authorization.equals("(none)")) {
            request = request.header("Authorization", authorization);
        }
        request.when().request(method, path).then().statusCode(401)
                .body("statusCode", equalTo(401))
                .body("error", equalTo("Unauthorized: the sandbox's admin API needs Authorization: Bearer"
                        + " <sandbox.admin.token>."))
                .body("correlationId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void anAdminCallWithTheTokenIsServed() {
        given().auth().none().header("Authorization", "Bearer s3cret").when().get("/_sandbox/companies")
                .then().statusCode(200).body("companies.id", org.hamcrest.Matchers.hasItem(
                        TestSandbox.DEFAULT_COMPANY));
        given().auth().none().header("Authorization", "Bearer s3cret").when().post("/_sandbox/reset")
                .then().statusCode(200);
    }

    @Test
    void theDashboardsFilesHoldNoDataAndAreServedWithoutTheTokenUnderAStrictPolicy() {
        given().auth().none().redirects().follow(false).when().get("/_sandbox/ui").then().statusCode(302)
                .header("Location", "/_sandbox/ui/");
        given().auth().none().when().get("/_sandbox/ui/").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
        given().auth().none().when().get("/_sandbox/ui/dashboard.js").then().statusCode(200);
    }

    @Test
    void codatsEndpointsStillTakeTheApiKeyNotTheAdminToken() {
        given().when().get("/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers").then().statusCode(200);
        given().auth().none().header("Authorization", "Bearer s3cret").when()
                .get("/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers").then().statusCode(401);
    }
}
