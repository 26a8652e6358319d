package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The generated odd inputs, sent to the built artifact. */
@QuarkusIntegrationTest
class GeneratedInputIT extends GeneratedInputTest {
}
