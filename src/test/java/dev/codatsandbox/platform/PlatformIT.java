package dev.codatsandbox.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PlatformIT extends PlatformTest {
}
