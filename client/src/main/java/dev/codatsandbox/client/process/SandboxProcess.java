package dev.codatsandbox.client.process;

import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A sandbox run as a local process: the jar ({@code quarkus-run.jar}) on this JVM's {@code java}, or the native
 * executable, on a free port, configured by {@link SandboxSettings}, its output in a log file. {@link #start} returns
 * once {@code /q/health/ready} answers 200; {@link #close} stops the process.
 */
public final class SandboxProcess implements AutoCloseable {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xms16m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final Path log;
    private final SandboxClient client;

    private SandboxProcess(Process process, Path log, SandboxClient client) {
        this.process = process;
        this.log = log;
        this.client = client;
    }

    /**
     * Starts the sandbox in {@code path}: a {@code .jar} runs on this JVM's {@code java}, anything else is run as
     * the native executable. Waits up to {@code timeout} for it to be ready.
     */
    public static SandboxProcess start(Path path, SandboxSettings settings, Duration timeout) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("No sandbox at " + path.toAbsolutePath()
                    + ": give the jar (target/quarkus-app/quarkus-run.jar) or the native executable.");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        boolean jar = path.getFileName().toString().endsWith(".jar");
        if (jar) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
        } else {
            command.add(path.toAbsolutePath().toString());
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        for (Map.Entry<String, String> property : settings.properties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        if (jar) {
            command.add("-jar");
            command.add(path.toAbsolutePath().toString());
        }
        try {
            Path log = Files.createTempFile("codat-sandbox-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            SandboxClient.Builder builder = SandboxClient.builder("http://127.0.0.1:" + port);
            if (!settings.apiKeys().isEmpty()) {
                builder.apiKey(settings.apiKeys().get(0));
            }
            SandboxProcess started = new SandboxProcess(process, log, builder.build());
            // should the test JVM end without closing it (a killed fork), the sandbox goes with it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "codat-sandbox-stop"));
            started.awaitReady(timeout);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!client.isReady()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String output = output();
                close();
                throw new IllegalStateException("The sandbox " + (process.isAlive() ? "was not ready within "
                        + timeout.toSeconds() + " s" : "exited with " + process.exitValue()) + "; its output ("
                        + log + "):\n" + output);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The sandbox's base URL. */
    public String baseUrl() {
        return client.baseUrl();
    }

    /** A client of it. */
    public SandboxClient client() {
        return client;
    }

    /** The file the process writes its output to. */
    public Path log() {
        return log;
    }

    /** What the process has written so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(" + log + " cannot be read: " + e.getMessage() + ")";
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL after 10 s). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
