package dev.codatsandbox.webhooks;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The walk of docs/webhooks.md, against the built artifact. */
@QuarkusIntegrationTest
class WebhooksWalkIT extends WebhooksWalkTest {
}
