package dev.codatsandbox.edge;

import dev.codatsandbox.testing.SendsAnApiKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The memory bound of docs/hardening.md ("Memory"): the packaged jar, started as the README's "Run it"
 * says ({@code java -Xmx256m -Xms16m -XX:+UseSerialGC -jar target/quarkus-app/quarkus-run.jar}) in a process of its
 * own, stays under {@link #PEAK_RSS_BOUND_MIB} MiB of resident memory at its peak while page 1 (50 customers) of
 * 50,000 distinct first-use companies is requested over keep-alive connections by {@link #CLIENTS} concurrent
 * clients. Resident memory is read from {@code /proc/<pid>/status} ({@code VmRSS} now, {@code VmHWM} the peak), so
 * the test runs on Linux only, and against the jar only: a native run ({@code -Dnative}) builds no jar, and is
 * skipped.
 *
 * <p>It is not a {@code @QuarkusIntegrationTest}: the process must be started with the documented JVM options and
 * nothing else, and its memory read from outside. The process is stopped however the test ends (a shutdown hook
 * covers a test JVM that is killed). Its port is {@code first-use-memory.port} (default 18502); its output goes to
 * {@code target/first-use-memory.log}.
 */
class FirstUseMemoryIT {

    /** The bound docs/hardening.md states for 50,000 first-use companies with {@link #JVM_OPTIONS}. */
    static final long PEAK_RSS_BOUND_MIB = 500;
    /** README "Run it"'s JVM options. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xms16m", "-XX:+UseSerialGC");
    static final int COMPANIES = 50_000;
    static final int CLIENTS = 4;

    @Test
    void fiftyThousandFirstUseCompaniesStayUnderTheDocumentedResidentMemory() throws Exception {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "resident memory is read from /proc, which only Linux has");
        Path jar = packagedJar();
        int port = Integer.getInteger("first-use-memory.port", 18502);
        String base = "http://localhost:" + port;

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "first-use-memory.log").toFile())
                .start();
        Thread stopOnExit = new Thread(server::destroyForcibly, "stop-first-use-memory-server");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            awaitReady(server, probe, base);
            assertEquals(200, get(probe, base + "/companies/" + DEFAULT_COMPANY + "/data/customers"));
            Memory before = Memory.of(server.pid());

            long started = System.nanoTime();
            int notOk = requestFirstUseCompanies(base);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            Memory after = Memory.of(server.pid());

            System.out.printf("First use of %,d companies (page 1, %d clients, %s) in %d s: RSS before %d MiB,"
                            + " after %d MiB, peak %d MiB (bound %d MiB)%n", COMPANIES, CLIENTS,
                    String.join(" ", JVM_OPTIONS), seconds, before.rssMib(), after.rssMib(), after.peakMib(),
                    PEAK_RSS_BOUND_MIB);
            assertEquals(0, notOk, "answers other than 200");
            assertTrue(server.isAlive(), "the server stopped; see target/first-use-memory.log");
            assertTrue(after.peakMib() < PEAK_RSS_BOUND_MIB, "peak RSS " + after.peakMib() + " MiB, not under "
                    + PEAK_RSS_BOUND_MIB + " MiB (before " + before.rssMib() + " MiB, after " + after.rssMib()
                    + " MiB)");
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    /** The jar the build packaged (target/quarkus-artifact.properties); the test is skipped for a native build. */
    private static Path packagedJar() throws IOException {
        Path artifact = Path.of("target", "quarkus-artifact.properties");
        assumeTrue(Files.isReadable(artifact), "no packaged artifact: run through ./mvnw verify");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(artifact)) {
            properties.load(in);
        }
        assumeTrue("jar".equals(properties.getProperty("type")), "the build packaged a "
                + properties.getProperty("type") + ", not the jar whose memory the README states");
        Path jar = Path.of("target").resolve(properties.getProperty("path"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar);
        return jar;
    }

    private static void awaitReady(Process server, HttpClient probe, String base) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                fail("the server exited with " + server.exitValue() + "; see target/first-use-memory.log");
            }
            try {
                if (get(probe, base + "/q/health/ready") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("the server was not ready within 90 s; see target/first-use-memory.log");
    }

    /** Page 1 of each of {@link #COMPANIES} distinct first-use companies; answers how many were not 200. */
    private static int requestFirstUseCompanies(String base) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                results.add(clients.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    int notOk = 0;
                    for (int i = first; i < COMPANIES; i += CLIENTS) {
                        String company = String.format("5eed0000-0000-4000-8000-%012x", i);
                        notOk += get(client, base + "/companies/" + company + "/data/customers") == 200 ? 0 : 1;
                    }
                    return notOk;
                }));
            }
            int notOk = 0;
            for (Future<Integer> result : results) {
                notOk += result.get(10, TimeUnit.MINUTES);
            }
            return notOk;
        } finally {
            clients.shutdownNow();
        }
    }

    private static int get(HttpClient client, String uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", SendsAnApiKey.DEMO_KEY_HEADER).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Resident memory of a process now ({@code VmRSS}) and at its peak so far ({@code VmHWM}), in MiB. */
    record Memory(long rssMib, long peakMib) {

        static Memory of(long pid) throws IOException {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kib(line) / 1024;
                }
            }
            assertTrue(rss >= 0 && peak >= 0, "no VmRSS/VmHWM in /proc/" + pid + "/status");
            return new Memory(rss, peak);
        }

        private static long kib(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }
}
