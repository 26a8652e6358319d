package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The probability tests, run against the built artifact. */
@QuarkusIntegrationTest
class ProbabilityIT extends ProbabilityTest {
}
