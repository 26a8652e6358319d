package dev.codatsandbox.webhooks;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Codat's webhooks, sent by the built artifact (the native executable with {@code -Dnative}) to a real receiver. */
@QuarkusIntegrationTest
class WebhooksIT extends WebhooksTest {
}
