package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The rate limit tests, run against the built artifact. */
@QuarkusIntegrationTest
class RateLimitIT extends RateLimitTest {
}
