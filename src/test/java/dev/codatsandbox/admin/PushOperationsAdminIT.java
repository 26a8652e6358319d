package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The push operations admin tests, run against the built artifact. */
@QuarkusIntegrationTest
class PushOperationsAdminIT extends PushOperationsAdminTest {
}
