package dev.codatsandbox.wire;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PageBytesIT extends PageBytesTest {
}
