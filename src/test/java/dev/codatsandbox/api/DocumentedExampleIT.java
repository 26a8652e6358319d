package dev.codatsandbox.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The documented-example tests, run against the built artifact (the native executable with {@code -Dnative}); the
 * test profile's configuration is passed to the artifact when it starts.
 */
@QuarkusIntegrationTest
class DocumentedExampleIT extends DocumentedExampleTest {
}
