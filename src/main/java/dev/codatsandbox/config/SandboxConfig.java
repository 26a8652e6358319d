package dev.codatsandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;
import java.util.Optional;

/** The sandbox's configuration, under the {@code sandbox.} prefix; README.md lists every key. */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** Global seed: a generated customer is a pure function of (seed, companyId, index). */
    @WithDefault("42")
    long seed();

    /** How many customers are generated for each company (the default company holds the documented example besides). */
    @WithDefault("50")
    @Min(0)
    @Max(100_000_000)
    int customersPerCompany();

    Companies companies();

    Auth auth();

    Query query();

    Faults faults();

    Journal journal();

    interface Faults {

        /** Fault rules in force from start-up (and again after a reset): a JSON array in the admin API's form. */
        Optional<String> rules();

        /** A file of fault rules in force from start-up (a JSON array in the admin API's form), read if it exists. */
        @WithDefault("fixtures/faults.json")
        String file();
    }

    interface Journal {

        /** How many requests the journal keeps; the oldest go first. */
        @WithDefault("1000")
        @Min(1)
        @Max(1_000_000)
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

    }

    /** Queries and orderBy on list endpoints: the cache of their answers (README.md, "Query and orderBy"). */
    interface Query {

        /** How many query/orderBy answers (positions of the selected records) are kept; 0 keeps none. */
        @WithDefault("32")
        @Min(0)
        @Max(10_000)
        int cacheSize();

        /** How many positions the cached answers hold in all (4 bytes each), at most. */
        @WithDefault("10000000")
        @Min(0)
        @Max(500_000_000)
        long cacheMaxPositions();
    }
}
