package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The dashboard's browser tests in Firefox, run against the built artifact (the jar, or the native executable). */
@QuarkusIntegrationTest
class FirefoxDashboardIT extends FirefoxDashboardTest {
}
