package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP/2 tests, run against the built artifact (the jar, or the native executable with -Dnative). */
@QuarkusIntegrationTest
class Http2IT extends Http2Test {
}
