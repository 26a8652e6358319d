package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The h2c tests, run against the built artifact. */
@QuarkusIntegrationTest
class H2cIT extends H2cTest {
}
