package dev.codatsandbox.companies;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The bound on companies kept for run-time changes, run against the built artifact with the test profile's limit. */
@QuarkusIntegrationTest
class HeldCompaniesIT extends HeldCompaniesTest {
}
