package dev.codatsandbox.admin;

import dev.codatsandbox.lifecycle.ReadinessProbe;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The container health check ({@code application --healthcheck}) asks a running sandbox whether it is ready. */
@QuarkusTest
class ReadinessProbeTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aReadySandboxOnThePortPasses() {
        assertTrue(ReadinessProbe.check(Map.of("QUARKUS_HTTP_PORT", String.valueOf(server.getPort()))));
    }

    @Test
    void aPortWithNothingListeningFails() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertFalse(ReadinessProbe.check(Map.of("QUARKUS_HTTP_PORT", String.valueOf(closed))));
    }

    @Test
    void aServerThatIsNotASandboxFails() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            new Thread(() -> {
                try (var client = silent.accept()) {
                    client.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes());
                } catch (IOException ignored) {
                    // the probe has given up or read the answer
                }
            }).start();
            assertFalse(ReadinessProbe.check(Map.of("QUARKUS_HTTP_PORT", String.valueOf(silent.getLocalPort()))));
        }
    }
}
