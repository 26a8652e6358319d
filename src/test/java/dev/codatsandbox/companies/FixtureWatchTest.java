package dev.codatsandbox.companies;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dev loop: with {@code sandbox.fixtures.watch} on (as in dev mode), an edited fixture file is served without a restart. */
@QuarkusTest
@TestProfile(FixtureWatchTest.WatchedFolder.class)
class FixtureWatchTest {

    static final Path FOLDER = Path.of("target/watched-fixtures");

    /** A watched folder under target/, checked every 200 ms. */
    public static class WatchedFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.fixtures.dir", FOLDER.toString(), "sandbox.fixtures.watch", "true",
                    "sandbox.fixtures.watch-interval-ms", "200");
        }
    }

    static String file(String name) {
        return "{\"id\": \"watched\", \"customers\": [{\"id\": \"w-1\", \"customerName\": \"" + name
                + "\", \"status\": \"Active\"}]}";
    }

    static String served() {
        var response = given().when().get("/companies/watched/data/customers/w-1").then().extract();
        return response.statusCode() == 200 ? response.jsonPath().getString("customerName") : "(" + response.statusCode() + ")";
    }

    static void eventually(String expected, Supplier<String> actual) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        String last = actual.get();
        while (!expected.equals(last) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            last = actual.get();
        }
        assertEquals(expected, last);
    }

    @BeforeEach
    void emptyFolder() throws IOException, InterruptedException {
        Files.createDirectories(FOLDER);
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        eventually("(404)", FixtureWatchTest::served);
    }

    @Test
    void anAddedThenEditedFileIsServedWithoutARestart() throws IOException, InterruptedException {
        Files.writeString(FOLDER.resolve("watched.json"), file("First"));
        eventually("First", FixtureWatchTest::served);

        Files.writeString(FOLDER.resolve("watched.json"), file("Second, edited"));
        eventually("Second, edited", FixtureWatchTest::served);

        Files.delete(FOLDER.resolve("watched.json"));
        eventually("(404)", FixtureWatchTest::served);
    }

    @Test
    void aBrokenEditKeepsThePreviousDataServed() throws IOException, InterruptedException {
        Files.writeString(FOLDER.resolve("watched.json"), file("Good"));
        eventually("Good", FixtureWatchTest::served);

        Files.writeString(FOLDER.resolve("watched.json"), "{\"id\": \"watched\", \"customers\": [");
        Thread.sleep(1_000);

        assertEquals("Good", served());
        Files.writeString(FOLDER.resolve("watched.json"), file("Fixed"));
        eventually("Fixed", FixtureWatchTest::served);
    }
}
