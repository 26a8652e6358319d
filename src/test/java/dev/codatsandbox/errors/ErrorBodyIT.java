package dev.codatsandbox.errors;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The error body tests, run against the built artifact (the native executable with {@code -Dnative}), except the
 * three that call {@link FailingResource}: it is a test-only resource, so the artifact does not have it.
 */
@QuarkusIntegrationTest
class ErrorBodyIT extends ErrorBodyTest {

    private static final String TEST_ONLY = "needs FailingResource, a test-only resource the artifact does not have";

    @Test
    @Disabled(TEST_ONLY)
    @Override
    void unsupportedBodyMediaTypeIs415() {
    }

    @Test
    @Disabled(TEST_ONLY)
    @Override
    void malformedJsonBodyIs400() {
    }

    @Test
    @Disabled(TEST_ONLY)
    @Override
    void unexpectedFailureIs500WithoutInternals() {
    }
}
