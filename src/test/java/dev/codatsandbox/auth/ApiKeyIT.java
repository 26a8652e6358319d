package dev.codatsandbox.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The API key tests, run against the built artifact (the native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
class ApiKeyIT extends ApiKeyTest {
}
