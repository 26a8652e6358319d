package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The data faults tests, run against the built artifact. */
@QuarkusIntegrationTest
class DataFaultsIT extends DataFaultsTest {
}
