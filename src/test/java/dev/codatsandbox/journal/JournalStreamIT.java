package dev.codatsandbox.journal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The journal stream's tests, run against the built artifact. */
@QuarkusIntegrationTest
class JournalStreamIT extends JournalStreamTest {
}
