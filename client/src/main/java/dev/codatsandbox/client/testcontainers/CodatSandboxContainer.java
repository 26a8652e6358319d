package dev.codatsandbox.client.testcontainers;

import dev.codatsandbox.client.FaultRule;
import dev.codatsandbox.client.Json;
import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxSettings;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * The sandbox as a Testcontainers container: the image {@value #DEFAULT_IMAGE} (or {@code codat.sandbox.image},
 * {@code CODAT_SANDBOX_IMAGE}, or the one given), port 8080, ready once {@code /q/health/ready} answers 200. Seed,
 * fixture folder (copied to {@code /fixtures}), start-up fault rules and API keys go in as the sandbox's environment
 * variables.
 */
public class CodatSandboxContainer extends GenericContainer<CodatSandboxContainer> {

    /**
     * The image built by {@code native/images.sh}: a short name, which Docker resolves to its locally built image
     * and podman to {@code localhost/codat-customers-sandbox:jvm}, the name it gives local builds.
     */
    public static final String DEFAULT_IMAGE = "codat-customers-sandbox:jvm";

    /** The port the sandbox listens on inside the container. */
    public static final int PORT = 8080;

    private static final String FIXTURES = "/fixtures";

    private String apiKey = "demo";

    /** The default image, or the one named by {@code codat.sandbox.image} / {@code CODAT_SANDBOX_IMAGE}. */
    public CodatSandboxContainer() {
        this(defaultImage());
    }

    /** The image {@code image}. */
    public CodatSandboxContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /** The image {@code image}. */
    public CodatSandboxContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        withEnv("SANDBOX_JOURNAL_MAX_ENTRIES", "100000");
        waitingFor(Wait.forHttp("/q/health/ready").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(90)));
    }

    /** The image name used when none is given: {@code codat.sandbox.image}, {@code CODAT_SANDBOX_IMAGE}, default. */
    public static String defaultImage() {
        String property = System.getProperty("codat.sandbox.image");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String environment = System.getenv("CODAT_SANDBOX_IMAGE");
        return environment != null && !environment.isBlank() ? environment : DEFAULT_IMAGE;
    }

    /** The seed of generated customers. */
    public CodatSandboxContainer withSeed(long seed) {
        return withEnv("SANDBOX_SEED", Long.toString(seed));
    }

    /** Copies a fixture folder of the test project's into the container and serves it (with its faults.json). */
    public CodatSandboxContainer withFixtures(Path folder) {
        withCopyFileToContainer(MountableFile.forHostPath(folder.toAbsolutePath(), 0755), FIXTURES);
        return withEnv("SANDBOX_FIXTURES_DIR", FIXTURES);
    }

    /** Fault rules in force from start-up and after every reset. */
    public CodatSandboxContainer withFaults(FaultRule... rules) {
        return withEnv("SANDBOX_FAULTS_RULES", Json.write(Arrays.asList(rules)));
    }

    /** The only API keys accepted; the first is the one {@link #client()} sends. */
    public CodatSandboxContainer withApiKeys(String... keys) {
        apiKey = keys[0];
        return withEnv("SANDBOX_AUTH_API_KEYS", String.join(",", keys));
    }

    /** Every setting of {@code settings}, as environment variables (the fixture folder copied in). */
    public CodatSandboxContainer withSettings(SandboxSettings settings) {
        for (Map.Entry<String, String> property : settings.properties().entrySet()) {
            if (!property.getKey().equals("sandbox.fixtures.dir")) {
                withEnv(SandboxSettings.environmentName(property.getKey()), property.getValue());
            }
        }
        if (settings.fixtures() != null) {
            withFixtures(settings.fixtures());
        }
        if (!settings.apiKeys().isEmpty()) {
            apiKey = settings.apiKeys().get(0);
        }
        return this;
    }

    /** Where a Codat client under test points: {@code http://host:port}, once started. */
    public String getBaseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** A client of the started sandbox. */
    public SandboxClient client() {
        return SandboxClient.builder(getBaseUrl()).apiKey(apiKey).build();
    }
}
