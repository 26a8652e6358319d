package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The switched-off admin API tests, run against the built artifact. */
@QuarkusIntegrationTest
class AdminDisabledIT extends AdminDisabledTest {
}
