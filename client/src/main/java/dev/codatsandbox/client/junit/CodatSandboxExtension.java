package dev.codatsandbox.client.junit;

import dev.codatsandbox.client.FaultRule;
import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxCompany;
import dev.codatsandbox.client.SandboxSettings;
import dev.codatsandbox.client.process.SandboxProcess;
import dev.codatsandbox.client.testcontainers.CodatSandboxContainer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The JUnit 5 extension behind {@link CodatSandboxTest}, also usable as
 * {@code @RegisterExtension static CodatSandboxExtension sandbox = CodatSandboxExtension.builder()...build();}.
 * It gives tests the base URL ({@link SandboxUrl}), a {@link SandboxClient}, and a {@link SandboxCompany} of their
 * own (a new company per test method, whose fault rules are deleted after it).
 *
 * <p>One sandbox serves the whole run (kept in the root store, stopped when the run ends). It comes from, in order:
 * a URL already running (the builder's or annotation's, system property {@code codat.sandbox.url}, environment
 * {@code CODAT_SANDBOX_URL}); else a container through Testcontainers, when Testcontainers is on the class path and
 * finds Docker or podman; else the jar or native executable given (builder, annotation, {@code codat.sandbox.jar},
 * {@code CODAT_SANDBOX_JAR}) started as a process. {@code codat.sandbox.source} ({@code url}, {@code container},
 * {@code process}) forces one. With none of them the tests fail, or are skipped with
 * {@code codat.sandbox.missing=skip}.
 */
public class CodatSandboxExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(CodatSandboxExtension.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final System.Logger LOG = System.getLogger(CodatSandboxExtension.class.getName());

    private final String url;
    private final String image;
    private final Path path;
    private final SandboxSettings settings;
    private volatile RunningSandbox sandbox;

    /** The form {@link CodatSandboxTest} uses: configured by the annotation, system properties and environment. */
    public CodatSandboxExtension() {
        this(null, null, null, SandboxSettings.defaults());
    }

    private CodatSandboxExtension(String url, String image, Path path, SandboxSettings settings) {
        this.url = url;
        this.image = image;
        this.path = path;
        this.settings = settings;
    }

    /** An extension to configure, for {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    /** The sandbox's base URL, once a test class using this extension has started. */
    public String baseUrl() {
        return client().baseUrl();
    }

    /** A client of the sandbox, once a test class using this extension has started. */
    public SandboxClient client() {
        RunningSandbox running = sandbox;
        if (running == null) {
            throw new IllegalStateException("The sandbox is known once a test class using this extension starts.");
        }
        return running.client();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SandboxClient.class || type == SandboxCompany.class
                || (parameter.isAnnotated(SandboxUrl.class) && (type == String.class || type == URI.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        SandboxClient client = sandbox(context).client();
        if (type == SandboxClient.class) {
            return client;
        }
        if (type == SandboxCompany.class) {
            return context.getStore(NAMESPACE).getOrComputeIfAbsent("company " + context.getUniqueId(),
                    key -> new CompanyOfATest(client.newCompany()), CompanyOfATest.class).company();
        }
        if (type == URI.class) {
            return URI.create(client.baseUrl());
        }
        if (type == String.class) {
            return client.baseUrl();
        }
        throw new ParameterResolutionException("Cannot resolve " + parameter.getParameter());
    }

    private RunningSandbox sandbox(ExtensionContext context) {
        RunningSandbox running = sandbox;
        if (running != null) {
            return running;
        }
        Optional<CodatSandboxTest> annotation = context.getTestClass().flatMap(CodatSandboxExtension::annotation);
        String givenUrl = first(url, annotation.map(CodatSandboxTest::url).orElse(null),
                setting("codat.sandbox.url"));
        String givenImage = first(image, annotation.map(CodatSandboxTest::image).orElse(null),
                setting("codat.sandbox.image"), CodatSandboxContainer.DEFAULT_IMAGE);
        String givenPath = first(path == null ? null : path.toString(),
                annotation.map(CodatSandboxTest::path).orElse(null), setting("codat.sandbox.jar"),
                setting("codat.sandbox.executable"));
        String forced = setting("codat.sandbox.source");
        String key = "sandbox " + givenUrl + " " + givenImage + " " + givenPath + " " + forced + " " + settings;
        running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> {
            RunningSandbox started = start(givenUrl, givenImage, givenPath, forced);
            LOG.log(System.Logger.Level.INFO, "Codat sandbox for this run: " + started.source());
            return started;
        }, RunningSandbox.class);
        sandbox = running;
        return running;
    }

    private RunningSandbox start(String givenUrl, String givenImage, String givenPath, String forced) {
        String source = forced == null ? null : forced.toLowerCase(Locale.ROOT);
        if ((source == null && givenUrl != null) || "url".equals(source)) {
            if (givenUrl == null) {
                throw new IllegalStateException("codat.sandbox.source=url needs codat.sandbox.url or"
                        + " CODAT_SANDBOX_URL.");
            }
            SandboxClient client = SandboxClient.of(givenUrl).awaitReady(START_TIMEOUT);
            return new RunningSandbox("url " + givenUrl, client, null);
        }
        if ((source == null && containersAvailable()) || "container".equals(source)) {
            return ContainerLauncher.start(givenImage, settings);
        }
        if (givenPath != null && (source == null || "process".equals(source))) {
            SandboxProcess process = SandboxProcess.start(Path.of(givenPath), settings, START_TIMEOUT);
            return new RunningSandbox("process " + givenPath + " at " + process.baseUrl(), process.client(),
                    process);
        }
        String none = "No sandbox to test against: set CODAT_SANDBOX_URL (a sandbox already running), or put"
                + " org.testcontainers:testcontainers on the test class path with Docker or podman running (image "
                + givenImage + "), or set CODAT_SANDBOX_JAR to the sandbox's quarkus-run.jar or native executable.";
        if ("skip".equalsIgnoreCase(setting("codat.sandbox.missing"))) {
            throw new TestAbortedException(none + " (codat.sandbox.missing=skip: the tests are skipped)");
        }
        throw new IllegalStateException(none);
    }

    /** The annotation on the class, a superclass, or a class it is nested in. */
    private static Optional<CodatSandboxTest> annotation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Optional<CodatSandboxTest> found = AnnotationSupport.findAnnotation(c, CodatSandboxTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean containersAvailable() {
        try {
            Class.forName("org.testcontainers.containers.GenericContainer", false,
                    CodatSandboxExtension.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
        return ContainerLauncher.available();
    }

    /** The system property {@code name}, else the environment variable of the same name in capitals. */
    private static String setting(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String environment = System.getenv(SandboxSettings.environmentName(name));
        return environment == null || environment.isBlank() ? null : environment;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** A test's company, whose fault rules and scripted outcomes go when the test ends. */
    @SuppressWarnings("deprecation")
    private record CompanyOfATest(SandboxCompany company)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            company.close();
        }
    }

    /** Settings of a {@link CodatSandboxExtension} registered in code. */
    public static final class Builder {
        private String url;
        private String image;
        private Path path;
        private SandboxSettings settings = SandboxSettings.defaults();

        private Builder() {
        }

        /** A sandbox already running. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** The image to run through Testcontainers. */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** The jar or native executable to run as a process. */
        public Builder path(Path path) {
            this.path = path;
            return this;
        }

        /** How a sandbox this extension starts is configured (not used for a URL). */
        public Builder settings(SandboxSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Start-up fault rules of a sandbox this extension starts. */
        public Builder faults(FaultRule... rules) {
            this.settings = settings.faults(rules);
            return this;
        }

        /** The extension. */
        public CodatSandboxExtension build() {
            return new CodatSandboxExtension(url, image, path, settings);
        }
    }
}
