package dev.codatsandbox.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The README's curl example, checked against the built artifact (the native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
class ReadmeExampleIT extends ReadmeExampleTest {
}
