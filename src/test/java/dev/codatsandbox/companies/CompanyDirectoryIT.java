package dev.codatsandbox.companies;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The company directory tests, run against the built artifact (the native executable with {@code -Dnative}); the
 * test profile's configuration is passed to the artifact when it starts.
 */
@QuarkusIntegrationTest
class CompanyDirectoryIT extends CompanyDirectoryTest {
}
