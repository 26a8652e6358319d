package dev.codatsandbox.journal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The journal tests, run against the built artifact. */
@QuarkusIntegrationTest
class JournalIT extends JournalTest {
}
