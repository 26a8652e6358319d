package dev.codatsandbox.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real webhook receiver for tests: the JDK's HTTP server on a free port of the loopback address, keeping every
 * request it is sent (headers in lower case, body, arrival) and answering each with the next scripted status and
 * delay, then 200 at once. Nothing is mocked: the sandbox sends over TCP as it would to a client's handler.
 */
final class Receiver implements AutoCloseable {

    /** One request received. */
    record Received(Map<String, String> headers, String body, long arrivedNanos) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The headers as Svix's {@code Webhook.verify} takes them. */
        Map<String, List<String>> headerLists() {
            Map<String, List<String>> lists = new TreeMap<>();
            headers.forEach((name, value) -> lists.put(name, List.of(value)));
            return lists;
        }
    }

    /** A scripted answer: the status, sent after {@code delayMs}. */
    private record Answer(int status, long delayMs) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver();
        } catch (IOException e) {
            throw new IllegalStateException("the test receiver cannot listen", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/codat-webhooks";
    }

    /** The next requests are answered with these statuses, in turn. */
    Receiver answer(int... statuses) {
        for (int status : statuses) {
            script.add(new Answer(status, 0));
        }
        return this;
    }

    /** The next request is answered 200 only after this long. */
    Receiver answerLate(long delayMs) {
        script.add(new Answer(200, delayMs));
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests have arrived; fails after {@code within}. */
    List<Received> await(int count, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (received.size() < count) {
            if (System.nanoTime() > until) {
                fail("the receiver got " + received.size() + " requests, not " + count + ", within " + within
                        + ": " + received);
            }
            pause(20);
        }
        return received();
    }

    /** What arrives during {@code quiet} besides what had arrived before: for "nothing more comes". */
    List<Received> settle(Duration quiet) {
        pause(quiet.toMillis());
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(",", values)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        received.add(new Received(headers, body, System.nanoTime()));
        Answer answer = script.poll();
        if (answer != null && answer.delayMs() > 0) {
            pause(answer.delayMs());
        }
        try {
            exchange.sendResponseHeaders(answer == null ? 200 : answer.status(), -1);
        } catch (IOException e) {
            // the sender gave up waiting (a timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        List<String> bodies = new ArrayList<>();
        received.forEach(r -> bodies.add(r.body()));
        return bodies.toString();
    }
}
