package dev.codatsandbox.journal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The journal's answers, checked against the built artifact. */
@QuarkusIntegrationTest
class JournalAnswerIT extends JournalAnswerTest {
}
