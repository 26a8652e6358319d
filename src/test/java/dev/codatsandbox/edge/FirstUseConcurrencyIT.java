package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The first-use concurrency tests, run against the built artifact. */
@QuarkusIntegrationTest
class FirstUseConcurrencyIT extends FirstUseConcurrencyTest {
}
