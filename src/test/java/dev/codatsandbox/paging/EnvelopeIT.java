package dev.codatsandbox.paging;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The envelope tests, run against the built artifact (the native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
class EnvelopeIT extends EnvelopeTest {
}
