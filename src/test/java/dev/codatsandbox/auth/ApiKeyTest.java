package dev.codatsandbox.auth;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Codat's endpoints take any well-formed {@code Basic} API key by default, and answer 401 to anything else. */
@QuarkusTest
class ApiKeyTest {

    static final String CUSTOMERS = "/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Basic", "Basic ", "Basic !!!not-base64", "Basic ICAg", "Bearer ZGVtbw==", "ZGVtbw=="})
    void missingOrMalformedKeyIs401InCodatsShape(String authorization) {
        var request = given().auth().none();
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        request.when().get(CUSTOMERS)
                .then().statusCode(401)
                .body("statusCode", equalTo(401))
                .body("error", equalTo("Unauthorized"))
                .body("service", equalTo("PublicApi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic ZGVtbw==", "basic ZGVtbw==", "Basic YW55LW90aGVyLWtleQ=="})
    void anyWellFormedKeyIsAcceptedByDefault(String authorization) {
        given().auth().none().header("Authorization", authorization).when().get(CUSTOMERS).then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void unknownPathWithoutAKeyIs401NotA404() {
        given().auth().none().when().get("/no/such/path").then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void theTestClientSendsTheDemoKey() {
        given().when().get(CUSTOMERS).then().statusCode(200);
    }
}
