package dev.codatsandbox.attachments;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The attachment calls, run against the built artifact. */
@QuarkusIntegrationTest
class AttachmentsIT extends AttachmentsTest {
}
