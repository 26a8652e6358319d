package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PushConcurrencyIT extends PushConcurrencyTest {
}
