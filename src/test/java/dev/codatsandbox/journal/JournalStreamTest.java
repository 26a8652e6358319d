package dev.codatsandbox.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journal's live stream ({@code GET /_sandbox/journal/stream}, server-sent events) read by a plain HTTP client:
 * a {@code ready} event, then each request as an {@code entry} event as it ends, the same entry the journal lists.
 */
@QuarkusTest
class JournalStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    /** Reads {@code count} events (blank-line separated blocks, comments left out); fails after ten seconds. */
    private static List<String> events(Iterator<String> lines, int count) throws Exception {
        return CompletableFuture.supplyAsync(() -> read(lines, count)).get(10, TimeUnit.SECONDS);
    }

    private static List<String> read(Iterator<String> lines, int count) {
        List<String> events = new ArrayList<>();
        StringBuilder event = new StringBuilder();
        while (events.size() < count && lines.hasNext()) {
            String line = lines.next();
            if (!line.isEmpty()) {
                event.append(line).append('\n');
            } else if (!event.isEmpty()) {
                if (!event.toString().startsWith(":")) {
                    events.add(event.toString());
                }
                event.setLength(0);
            }
        }
        return events;
    }

    private static String field(String event, String name) {
        return event.lines().filter(line -> line.startsWith(name + ":")).map(line -> line.substring(name.length() + 1))
                .findFirst().orElse(null);
    }

    @Test
    void eachRequestIsSentAsAnEntryEventAsItEndsAsTheJournalListsIt() throws Exception {
        HttpClient client = TestSandbox.client();
        HttpRequest subscribe = HttpRequest.newBuilder(TestSandbox.uri("/_sandbox/journal/stream"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> stream = client.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<String> lines = stream.body().iterator();
        assertEquals("ready", field(events(lines, 1).get(0), "event"));

        assertEquals(200, TestSandbox.send(client, TestSandbox.get(TestSandbox.LIST + "?page=2").build()).statusCode());
        assertEquals(503, TestSandbox.send(client, TestSandbox.get(TestSandbox.LIST + "/71").header("Sandbox-Fault", "503")
                .build()).statusCode());

        List<String> entries = events(lines, 2);
        stream.body().close();
        JsonNode listed = JSON.readTree(given().when().get("/_sandbox/journal").then().statusCode(200).extract()
                .asString());
        assertEquals(2, listed.size());
        for (int i = 0; i < 2; i++) {
            assertEquals("entry", field(entries.get(i), "event"));
            JsonNode entry = JSON.readTree(field(entries.get(i), "data"));
            assertEquals(entry.get("sequence").asText(), field(entries.get(i), "id"));
            assertEquals(listed.get(i), entry);
        }
        assertEquals("header", listed.get(1).get("fault").asText());
    }

    @Test
    void requestsAreServedAndRecordedWhileAStreamIsOpenAndAfterItIsClosed() throws Exception {
        HttpClient client = TestSandbox.client();
        HttpRequest subscribe = HttpRequest.newBuilder(TestSandbox.uri("/_sandbox/journal/stream"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<Stream<String>> stream = client.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        events(stream.body().iterator(), 1);
        stream.body().close();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, TestSandbox.send(client, TestSandbox.get(TestSandbox.LIST + "/71").build()).statusCode());
        }
        given().when().get("/_sandbox/journal/count").then().statusCode(200)
                .body("count", org.hamcrest.Matchers.equalTo(20));
    }
}
