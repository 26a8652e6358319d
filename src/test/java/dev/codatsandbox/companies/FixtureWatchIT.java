package dev.codatsandbox.companies;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The dev-loop tests, run against the built artifact with the watch switched on. */
@QuarkusIntegrationTest
class FixtureWatchIT extends FixtureWatchTest {
}
