package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The slow-client tests, run against the built artifact. */
@QuarkusIntegrationTest
class SlowClientIT extends SlowClientTest {
}
