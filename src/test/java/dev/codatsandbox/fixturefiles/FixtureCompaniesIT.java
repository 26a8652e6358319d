package dev.codatsandbox.fixturefiles;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The fixture companies tests, run against the built artifact. */
@QuarkusIntegrationTest
class FixtureCompaniesIT extends FixtureCompaniesTest {
}
