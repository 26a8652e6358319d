package dev.codatsandbox.edge;

import dev.codatsandbox.testing.TestSandbox;
import dev.codatsandbox.testing.TightSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send half a request, and then nothing or a byte now and then, cost one connection each for at most
 * the idle timeout ({@code quarkus.http.idle-timeout}, 6 seconds here: the timer counts whole requests, not bytes),
 * and do not keep other clients from being answered.
 */
@QuarkusTest
@TestProfile(TightSettings.class)
class SlowClientTest {

    static final int HALF_OPEN = 500;
    static final String CUSTOMERS = "/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers";

    @Test
    void otherRequestsAreAnsweredWhile500HalfOpenConnectionsAreHeldAndThoseCloseAfterTheTimeout() throws Exception {
        given().queryParam("pageSize", 1).when().get(CUSTOMERS).then().statusCode(200);
        List<Socket> held = new CopyOnWriteArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            long firstOpened = System.nanoTime();
            for (int i = 0; i < HALF_OPEN; i++) {
                Socket socket = RawHttp.connect();
                send(socket, "GET /compa");
                held.add(socket);
            }
            // the held clients trickle a byte of their request line every half second: that does not keep them open
            trickle.scheduleWithFixedDelay(() -> {
                for (Socket socket : held) {
                    try {
                        send(socket, "n");
                    } catch (IOException closed) {
                        // closed by the server at the timeout: what the test waits for
                    }
                }
            }, 500, 500, TimeUnit.MILLISECONDS);
            for (int round = 0; round < 10; round++) {
                given().queryParam("pageSize", 1).when().get(CUSTOMERS)
                        .then().statusCode(200).body("results[0].id", equalTo("71"));
            }
            int stillHeld = 0;
            for (Socket socket : held) {
                socket.setSoTimeout(1);
                stillHeld += RawHttp.closedByServer(socket) ? 0 : 1;
            }
            long answeredMs = (System.nanoTime() - firstOpened) / 1_000_000;
            assertEquals(HALF_OPEN, stillHeld, "half-open connections held while others were answered, "
                    + answeredMs + " ms after the first was opened");

            for (Socket socket : held) {
                socket.setSoTimeout(60_000);
                assertTrue(RawHttp.closedByServer(socket), "connection closed by the server");
            }
            long closedMs = (System.nanoTime() - firstOpened) / 1_000_000;
            assertTrue(closedMs <= TightSettings.IDLE_TIMEOUT_SECONDS * 1000L + 15_000,
                    "all closed " + closedMs + " ms after the first was opened, trickling notwithstanding");
        } finally {
            trickle.shutdownNow();
            for (Socket socket : held) {
                socket.close();
            }
        }
        given().queryParam("pageSize", 1).when().get(CUSTOMERS).then().statusCode(200);
    }

    @Test
    void aSilentKeepAliveConnectionIsClosedAfterTheTimeout() throws IOException {
        try (Socket socket = RawHttp.connect()) {
            send(socket, "GET " + CUSTOMERS + "?pageSize=1 HTTP/1.1\r\nHost: x\r\n" + RawHttp.KEY + "\r\n\r\n");
            assertEquals(200, RawHttp.read(socket.getInputStream()).status());
            socket.setSoTimeout(TightSettings.IDLE_TIMEOUT_SECONDS * 1000 - 700);
            assertFalse(RawHttp.closedByServer(socket), "closed before the idle timeout");
            socket.setSoTimeout(30_000);
            assertTrue(RawHttp.closedByServer(socket), "closed after the idle timeout");
        }
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }
}
