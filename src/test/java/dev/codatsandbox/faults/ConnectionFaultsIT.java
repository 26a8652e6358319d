package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The connection faults tests, run against the built artifact. */
@QuarkusIntegrationTest
class ConnectionFaultsIT extends ConnectionFaultsTest {
}
