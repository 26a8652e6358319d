package dev.codatsandbox.metrics;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Disabled;

/** The operational endpoints of the built artifact (the native executable with {@code -Dnative}): production build. */
@QuarkusIntegrationTest
class OperationalEndpointsIT extends OperationalEndpointsTest {

    @Override
    @Disabled("calls the SandboxMetrics bean directly, which only runs in the test's own application")
    void sandboxCountersAreServedByName() {
    }
}
