package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The faults tests, run against the built artifact. */
@QuarkusIntegrationTest
class FaultsIT extends FaultsTest {
}
