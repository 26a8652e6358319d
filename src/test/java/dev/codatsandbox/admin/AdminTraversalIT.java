package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The traversal tests, run against the built artifact. */
@QuarkusIntegrationTest
class AdminTraversalIT extends AdminTraversalTest {
}
