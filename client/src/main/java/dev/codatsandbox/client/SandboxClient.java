package dev.codatsandbox.client;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A client of a running sandbox's admin API, typed: faults, journal, companies and fixtures, reset and reload, the
 * clock, push outcomes and operations. Plain Java 17 ({@code java.net.http} over HTTP/1.1, and Jackson). Errors the
 * sandbox answers become {@link SandboxException}s carrying Codat's error body.
 *
 * <p>Tests that run at once on one sandbox each take a company of their own ({@link #newCompany()}), whose faults,
 * journal and push operations are scoped to it. Reset, reload, the clock and the sandbox-wide faults and journal
 * act on every test at once.
 */
public final class SandboxClient {

    /** The default sandbox company, holding Codat's documented example customer "71". */
    public static final String DEFAULT_COMPANY = "919371ab-763c-4bc7-99a4-9723cade34d3";

    private final String baseUrl;
    private final String apiKey;
    private final Http http;
    private final Faults faults;
    private final Journal journal;
    private final Companies companies;
    private final Clock clock;

    private SandboxClient(Builder builder) {
        this.baseUrl = builder.baseUrl.replaceAll("/+$", "");
        this.apiKey = builder.apiKey;
        this.http = new Http(URI.create(baseUrl + "/"), builder.timeout, builder.adminToken,
                authorization(builder.apiKey));
        this.faults = new Faults(http, null);
        this.journal = new Journal(http, null);
        this.companies = new Companies(http);
        this.clock = new Clock(http);
    }

    /** A client of the sandbox at {@code baseUrl} ({@code http://localhost:8080}), API key {@code demo}. */
    public static SandboxClient of(String baseUrl) {
        return builder(baseUrl).build();
    }

    /** A client to configure: API key, admin token, timeout. */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** The sandbox's base URL, without a trailing slash: where a Codat client under test points. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The API key this client sends on Codat's paths. */
    public String apiKey() {
        return apiKey;
    }

    /** The {@code Authorization} header value Codat's paths take: {@code Basic <base64 API key>}. */
    public String authorization() {
        return authorization(apiKey);
    }

    /** The {@code Authorization} header value for {@code apiKey}. */
    public static String authorization(String apiKey) {
        return "Basic " + Base64.getEncoder().encodeToString(apiKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The HTTP/1.1 client this one sends with, to reuse in tests. */
    public HttpClient httpClient() {
        return http.client();
    }

    /** Every fault rule of the sandbox. */
    public Faults faults() {
        return faults;
    }

    /** The whole journal. */
    public Journal journal() {
        return journal;
    }

    /** Companies and fixtures. */
    public Companies companies() {
        return companies;
    }

    /** The sandbox clock. */
    public Clock clock() {
        return clock;
    }

    /** Push outcomes and operations of a company. */
    public Push push(String companyId) {
        return new Push(http, companyId);
    }

    /** A handle on an existing company, its faults, journal and push scoped to it. */
    public SandboxCompany company(String id) {
        return new SandboxCompany(http, this, id);
    }

    /**
     * A company no one else uses: a new UUID id, whose customers are generated on first use (50 by default, made
     * from the sandbox's seed and the id, so they differ from run to run; state them when a test depends on them).
     */
    public SandboxCompany newCompany() {
        return company(UUID.randomUUID().toString());
    }

    /** A company no one else uses, holding exactly {@code fixture} (its id, if any, is replaced by a new one). */
    public SandboxCompany newCompany(CompanyFixture fixture) {
        SandboxCompany company = newCompany();
        company.put(fixture);
        return company;
    }

    /** A company no one else uses, holding the fixture in {@code fixtureFile} under a new id. */
    public SandboxCompany newCompany(Path fixtureFile) {
        return newCompany(CompanyFixture.fromFile(fixtureFile));
    }

    /**
     * Every company back to the loaded fixture files, configuration and generator; drops every fault rule, the
     * journal, pushed customers, scripted outcomes, and puts the clock back to real time. Every test sees it.
     */
    public SandboxState reset() {
        return Json.read(http.admin("POST", "/_sandbox/reset", null), SandboxState.class);
    }

    /** Reads the fixture folder again, all or nothing, with a reset. */
    public SandboxState reload() {
        return Json.read(http.admin("POST", "/_sandbox/reload", null), SandboxState.class);
    }

    /** Whether the sandbox answers {@code /q/health/ready} with 200. */
    public boolean isReady() {
        return http.status("q/health/ready") == 200;
    }

    /** Waits until the sandbox is ready, or fails after {@code timeout}. */
    public SandboxClient awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (System.nanoTime() > deadline) {
                throw new UncheckedIOException(new java.io.IOException("The sandbox at " + baseUrl
                        + " was not ready within " + timeout.toMillis() + " ms."));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return "sandbox at " + baseUrl;
    }

    /** Settings of a {@link SandboxClient}. */
    public static final class Builder {
        private final String baseUrl;
        private String apiKey = "demo";
        private String adminToken;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        }

        /** The API key sent on Codat's paths (default {@code demo}; see {@code sandbox.auth.api-keys}). */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /** The bearer token the admin API needs when the sandbox sets {@code sandbox.admin.token}. */
        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        /** How long a request may take (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The client. */
        public SandboxClient build() {
            return new SandboxClient(this);
        }
    }
}
