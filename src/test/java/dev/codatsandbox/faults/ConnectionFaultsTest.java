package dev.codatsandbox.faults;

import dev.codatsandbox.testing.SendsAnApiKey;
import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.codatsandbox.testing.TestSandbox.LIST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Connection faults as clients see them: java.net.http for what an integration meets (an IOException, a timeout),
 * a raw socket for what went over the wire (an RST, nothing, garbage, a short body, a slow one).
 */
@QuarkusTest
class ConnectionFaultsTest {

    private static final String PAGE = LIST + "?pageSize=5";

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    private static HttpResponse<String> call(String fault) throws Exception {
        return TestSandbox.send(TestSandbox.client(), TestSandbox.get(PAGE).header("Sandbox-Fault", fault).build());
    }

    /**
     * Sends a GET of {@link #PAGE} with the fault header on a raw socket and reads until the server closes or the
     * whole answer (headers and {@code Content-Length} bytes of body) has arrived.
     */
    private static byte[] raw(String fault, List<Long> arrivalsMs) throws IOException {
        return raw(fault, arrivalsMs, false);
    }

    /** As {@link #raw(String, List)}; with {@code close}, asks for "Connection: close" and reads until the server closes. */
    private static byte[] raw(String fault, List<Long> arrivalsMs, boolean close) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + PAGE + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + SendsAnApiKey.DEMO_KEY_HEADER + "\r\nSandbox-Fault: " + fault
                    + (close ? "\r\nConnection: close" : "") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                arrivalsMs.add((System.nanoTime() - start) / 1_000_000);
                if (!close && complete(out.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
            return out.toByteArray();
        }
    }

    private static boolean complete(String answer) {
        int headerEnd = answer.indexOf("\r\n\r\n");
        Matcher m = Pattern.compile("(?i)content-length: (\\d+)").matcher(answer);
        return headerEnd >= 0 && m.find() && answer.length() - headerEnd - 4 >= Integer.parseInt(m.group(1));
    }

    private static int contentLength(String answer) {
        Matcher m = Pattern.compile("(?i)content-length: (\\d+)").matcher(answer);
        assertTrue(m.find(), answer);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void resetIsAConnectionResetForTheClient() {
        IOException e = assertThrows(IOException.class, () -> call("reset"));
        assertTrue(e.getMessage() == null || !e.getMessage().contains("timed out"), e.toString());

        SocketException rst = assertThrows(SocketException.class, () -> raw("reset", new ArrayList<>()));
        assertTrue(rst.getMessage().contains("Connection reset"), rst.getMessage());
    }

    @Test
    void emptyClosesWithoutAByte() throws Exception {
        assertThrows(IOException.class, () -> call("empty"));

        assertEquals(0, raw("empty", new ArrayList<>()).length);
    }

    @Test
    void malformedSendsBytesThatAreNotHttp() throws Exception {
        assertThrows(IOException.class, () -> call("malformed"));

        assertArrayEquals(ConnectionFaults.GARBAGE, raw("malformed", new ArrayList<>()));
    }

    @Test
    void truncatedSendsTheHeadersAndPartOfTheBodyThenCloses() throws Exception {
        IOException e = assertThrows(IOException.class, () -> call("truncated;bodyBytes=100"));
        assertTrue(e.getMessage().contains("bytes received: 100"), e.toString());

        String answer = new String(raw("truncated;bodyBytes=100", new ArrayList<>()), StandardCharsets.ISO_8859_1);
        int headerEnd = answer.indexOf("\r\n\r\n") + 4;
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(contentLength(answer) > 1000, answer);
        assertEquals(100, answer.length() - headerEnd);
        assertTrue(answer.substring(headerEnd).startsWith("{\"results\":["), answer);
    }

    @Test
    void truncatedSendsHalfTheBodyByDefault() throws Exception {
        String answer = new String(raw("truncated", new ArrayList<>()), StandardCharsets.ISO_8859_1);
        int headerEnd = answer.indexOf("\r\n\r\n") + 4;

        assertEquals(contentLength(answer) / 2, answer.length() - headerEnd);
    }

    @Test
    void dribbleSendsTheWholeBodyInChunksOverTheGivenTime() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call("dribble;durationMs=800;chunks=4");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> plain = TestSandbox.send(TestSandbox.client(), TestSandbox.get(PAGE).build());

        assertEquals(200, response.statusCode());
        assertEquals(plain.body(), response.body());
        assertTrue(tookMs >= 800, "took " + tookMs + " ms");

        List<Long> arrivals = new ArrayList<>();
        String answer = new String(raw("dribble;durationMs=800;chunks=4", arrivals, true), StandardCharsets.ISO_8859_1);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertEquals(contentLength(answer), answer.length() - answer.indexOf("\r\n\r\n") - 4);
        assertTrue(arrivals.size() >= 4, "arrivals " + arrivals);
        assertTrue(arrivals.get(arrivals.size() - 1) - arrivals.get(0) >= 500, "arrivals " + arrivals);
    }

    @Test
    void hangNeverAnswersUntilTheClientGivesUp() {
        long start = System.nanoTime();
        assertThrows(HttpTimeoutException.class, () -> TestSandbox.send(TestSandbox.client(),
                TestSandbox.get(PAGE).header("Sandbox-Fault", "hang").timeout(Duration.ofMillis(500)).build()));
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 500);
    }

    @Test
    void aConnectionFaultRuleLeavesOtherRequestsAlone() throws Exception {
        TestSandbox.addRule("""
                {"operation": "list", "page": 2, "fault": {"type": "reset"}}""");

        assertThrows(IOException.class, () -> TestSandbox.send(TestSandbox.client(), TestSandbox.get(LIST + "?page=2&pageSize=5").build()));
        assertEquals(200, TestSandbox.send(TestSandbox.client(), TestSandbox.get(LIST + "?page=1&pageSize=5").build()).statusCode());
    }
}
