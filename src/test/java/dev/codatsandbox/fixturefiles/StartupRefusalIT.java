package dev.codatsandbox.fixturefiles;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The start-up refusal, run by launching the built artifact on the bad folder. */
@QuarkusMainIntegrationTest
class StartupRefusalIT extends StartupRefusalTest {
}
