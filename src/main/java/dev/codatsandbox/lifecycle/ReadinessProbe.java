package dev.codatsandbox.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Asks a sandbox on this host for {@code /q/health/ready} over a plain socket, the way a container health check
 * does. It runs before (and instead of) Quarkus, so it reads the port from the environment the server itself
 * reads ({@code QUARKUS_HTTP_PORT}, default 8080) and uses nothing but the JDK.
 */
public final class ReadinessProbe {

    private static final int TIMEOUT_MS = 2000;

    private ReadinessProbe() {
    }

    /** Whether the server answered 200 to the readiness path. */
    public static boolean check(Map<String, String> environment) {
        int port = Integer.parseInt(environment.getOrDefault("QUARKUS_HTTP_PORT", "8080"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /q/health/ready HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            String statusLine = new String(head, StandardCharsets.US_ASCII);
            return statusLine.startsWith("HTTP/1.1 200");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
