package dev.codatsandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's configuration, under the {@code sandbox.} prefix; docs/configuration.md lists every key. The ranges
 * of the numeric keys are checked at start-up by {@link ConfigRanges}.
 */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** Global seed: a generated customer is a pure function of (seed, companyId, index). */
    @WithDefault("42")
    long seed();

    /** How many customers are generated for each company (the default company holds the documented example besides). */
    @WithDefault("50")
    int customersPerCompany();

    Companies companies();

    Auth auth();

    Query query();

    Edge edge();

    /** The HTTP edge: limits of the HTTP server itself are Quarkus' keys ({@code quarkus.http.limits.*}). */
    interface Edge {

        /**
         * Seconds between the INFO lines that sum up HTTP traffic (single requests are logged at DEBUG); an interval
         * without traffic logs nothing.
         */
        @WithDefault("60")
        int logSummarySeconds();
    }

    Http http();

    /** The plain HTTP port's protocols ({@code quarkus.http.port}). */
    interface Http {

        /**
         * Whether the plain port also speaks HTTP/2 without TLS (h2c: with prior knowledge and by upgrade from
         * HTTP/1.1). Off by default, as on Codat's API: the plain port declines an upgrade and answers HTTP/1.1, and
         * HTTP/2 is offered over HTTPS ({@link Https}). Java's own client asks to upgrade on every {@code http://}
         * URL, and its h2c upgrade path fails now and then on large answers.
         */
        @WithDefault("false")
        boolean h2c();
    }

    Https https();

    /** The HTTPS port ({@code quarkus.http.ssl-port}), which offers HTTP/2 and HTTP/1.1 through TLS ALPN. */
    interface Https {

        /**
         * Whether the HTTPS port is opened with a certificate for {@code localhost} made by the sandbox, when no
         * certificate is given through Quarkus' TLS registry ({@code quarkus.tls.*}); a given certificate opens the
         * HTTPS port whatever this says.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * The folder, relative to the working directory unless absolute, where the sandbox keeps the certificate it
         * made: {@code ca.pem} and {@code ca.p12} (password {@code changeit}) to trust, and the server's own
         * certificate and key. They are reused by later starts while valid.
         */
        @WithDefault("tls")
        String dir();
    }

    Cache cache();

    interface Cache {

        /**
         * Memory, in MiB, for the serialised bytes of customers reused across requests (least recently used go first
         * when it is full); 0 serialises every customer on every request.
         */
        @WithDefault("64")
        int maxMib();
    }

    Push push();

    Fixtures fixtures();

    Admin admin();

    interface Fixtures {

        /**
         * The folder of fixture files (one JSON file per company), relative to the working directory unless
         * absolute. A folder that does not exist means no fixture companies.
         */
        @WithDefault("fixtures")
        String dir();

        /**
         * Whether an edited, added or removed fixture file is reloaded while the server runs (on in dev mode): the
         * folder is checked every {@link #watchIntervalMs()} milliseconds.
         */
        @WithDefault("false")
        boolean watch();

        /** How often, in milliseconds, a watched fixture folder is checked for changes. */
        @WithDefault("1000")
        int watchIntervalMs();
    }

    interface Admin {

        /** Whether the sandbox's own endpoints under {@code /_sandbox} answer at all (404 when off). */
        @WithDefault("true")
        boolean enabled();

        /** When set, every {@code /_sandbox} call needs {@code Authorization: Bearer <token>}. */
        Optional<String> token();
    }

    Faults faults();

    Journal journal();

    Webhooks webhooks();

    /** Codat's webhooks: consumers and faults from start-up, retries, the delivery journal (docs/webhooks.md). */
    interface Webhooks {

        /**
         * Webhook consumers registered from start-up (and again after a reset): a JSON array in the admin API's form,
         * each with {@code url}, optional {@code eventTypes}, {@code companyId}, {@code disabled} and {@code secret}.
         */
        Optional<String> consumers();

        /** Webhook fault rules in force from start-up (and again after a reset): a JSON array in the admin API form. */
        Optional<String> faults();

        /**
         * The delays before each retry of a delivery that failed (a non-2xx answer, a connection failure, a timeout):
         * Svix's schedule by default, eight attempts in all; fewer delays, fewer attempts.
         */
        @WithDefault("5s,5m,30m,2h,5h,10h,10h")
        List<Duration> retrySchedule();

        /** Milliseconds a receiver has to connect and answer an attempt before it counts as failed (Svix: 15 s). */
        @WithDefault("15000")
        int timeoutMs();

        /** How many delivery attempts the delivery journal keeps; the oldest go first. */
        @WithDefault("1000")
        int journalMaxEntries();
    }

    interface Faults {

        /** Fault rules in force from start-up (and again after a reset): a JSON array in the admin API's form. */
        Optional<String> rules();

        /**
         * A file of fault rules in force from start-up (a JSON array in the admin API's form), read if it exists;
         * a relative path is taken in the fixture folder ({@code sandbox.fixtures.dir}), which does not read it as a
         * company.
         */
        @WithDefault("faults.json")
        String file();
    }

    interface Journal {

        /** How many requests the journal keeps; the oldest go first. */
        @WithDefault("1000")
        int maxEntries();
    }

    interface Auth {

        /**
         * API keys that Codat's endpoints accept in {@code Authorization: Basic <base64 key>}; when none are set (the
         * default), any well-formed key is accepted.
         */
        Optional<List<String>> apiKeys();
    }

    interface Companies {

        /** The default sandbox company: it holds Codat's documented example customer "71" before its generated ones. */
        @WithDefault("919371ab-763c-4bc7-99a4-9723cade34d3")
        String defaultId();

        /** Further company ids that exist from start-up, generated eagerly. */
        Optional<List<String>> ids();

        /** Whether any other company id in UUID form exists, generated on its first use; other ids are 404. */
        @WithDefault("true")
        boolean generateOnFirstUse();

        /**
         * How many companies the sandbox keeps because of a change made at run time: made by {@code POST /companies},
         * put through the admin API, first-use companies pushed to (or given scripted outcomes), and first-use ids
         * deleted. Configured and fixture-file companies do not count. A request that would keep one more is
         * answered 402; a reset frees them all.
         */
        @WithDefault("10000")
        int maxHeld();
    }

    /** Queries and orderBy on list endpoints: the cache of their answers (docs/query.md). */
    interface Query {

        /** How many query/orderBy answers (positions of the selected records) are kept; 0 keeps none. */
        @WithDefault("32")
        int cacheSize();

        /** How many positions the cached answers hold in all (4 bytes each), at most. */
        @WithDefault("10000000")
        long cacheMaxPositions();
    }

    /** Push operations (create and update customers): how long they take and how often they fail on their own. */
    interface Push {

        /** Milliseconds of sandbox-clock time from a push request to its operation's completion. */
        @WithDefault("250")
        long delayMs();

        /** Share (0 to 1) of valid push operations that fail, drawn from the seed for each operation. */
        @WithDefault("0")
        double failureShare();

        /** Share (0 to 1) of valid push operations that time out, drawn from the seed for each operation. */
        @WithDefault("0")
        double timeoutShare();
    }
}
