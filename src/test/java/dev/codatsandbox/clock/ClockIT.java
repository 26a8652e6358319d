package dev.codatsandbox.clock;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ClockIT extends ClockTest {
}
