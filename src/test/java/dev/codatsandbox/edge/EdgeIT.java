package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The edge tests, run against the built artifact. */
@QuarkusIntegrationTest
class EdgeIT extends EdgeTest {
}
