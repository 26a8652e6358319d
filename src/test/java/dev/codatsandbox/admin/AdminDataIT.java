package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The data admin API tests, run against the built artifact (it reads the same target/admin-fixtures folder). */
@QuarkusIntegrationTest
class AdminDataIT extends AdminDataTest {
}
