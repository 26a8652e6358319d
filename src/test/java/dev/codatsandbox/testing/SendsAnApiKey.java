package dev.codatsandbox.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveBasicAuthScheme;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test's HTTP client sends {@code Authorization: Basic ZGVtbw==} (the key "demo"), as Codat's clients do;
 * a test of a request without a key says so with {@code given().auth().none()}. Registered for every
 * {@code @QuarkusTest} as a Quarkus callback, and for every other test class (the integration tests) through
 * JUnit's extension auto-detection, switched on in pom.xml; both are listed in src/test/resources/META-INF/services.
 */
public class SendsAnApiKey implements BeforeAllCallback, QuarkusTestBeforeEachCallback {

    public static final String DEMO_KEY_HEADER = "Basic ZGVtbw==";

    @Override
    public void beforeAll(ExtensionContext context) {
        sendTheDemoKey();
    }

    /** A {@code @QuarkusTest} runs in Quarkus' class loader, with its own RestAssured: set it there too. */
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        sendTheDemoKey();
    }

    private static void sendTheDemoKey() {
        RestAssured.authentication = new PreemptiveBasicAuthScheme() {
            @Override
            public String generateAuthToken() {
                return DEMO_KEY_HEADER;
            }
        };
    }
}
