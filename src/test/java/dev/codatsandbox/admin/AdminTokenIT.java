package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The admin token tests, run against the built artifact. */
@QuarkusIntegrationTest
class AdminTokenIT extends AdminTokenTest {
}
