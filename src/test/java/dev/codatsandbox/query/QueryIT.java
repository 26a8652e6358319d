package dev.codatsandbox.query;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The query and orderBy tests, run against the built artifact (the native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
class QueryIT extends QueryTest {
}
