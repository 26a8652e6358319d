package dev.codatsandbox.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a sandbox that a test starts is configured (a process or a container alike): seed, fixture folder, fault rules
 * in force from start-up, accepted API keys, and any other {@code sandbox.*} or {@code quarkus.*} key. A value; each
 * method answers new settings. The journal keeps 100,000 requests unless told otherwise, so that tests running at once
 * do not push each other's requests out of it.
 */
public final class SandboxSettings {

    private final Long seed;
    private final Path fixtures;
    private final List<FaultRule> faults;
    private final List<String> apiKeys;
    private final Map<String, String> properties;

    private SandboxSettings(Long seed, Path fixtures, List<FaultRule> faults, List<String> apiKeys,
            Map<String, String> properties) {
        this.seed = seed;
        this.fixtures = fixtures;
        this.faults = List.copyOf(faults);
        this.apiKeys = List.copyOf(apiKeys);
        this.properties = Map.copyOf(properties);
    }

    /** The sandbox's defaults. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(null, null, List.of(), List.of(), Map.of());
    }

    /** The seed of generated customers ({@code sandbox.seed}). */
    public SandboxSettings seed(long seed) {
        return new SandboxSettings(seed, fixtures, faults, apiKeys, properties);
    }

    /** A fixture folder of the test project's ({@code sandbox.fixtures.dir}); a {@code faults.json} in it is read. */
    public SandboxSettings fixtures(Path folder) {
        return new SandboxSettings(seed, folder, faults, apiKeys, properties);
    }

    /** Fault rules in force from start-up and after every reset ({@code sandbox.faults.rules}). */
    public SandboxSettings faults(FaultRule... rules) {
        List<FaultRule> all = new ArrayList<>(faults);
        all.addAll(Arrays.asList(rules));
        return new SandboxSettings(seed, fixtures, all, apiKeys, properties);
    }

    /** The only API keys accepted ({@code sandbox.auth.api-keys}). */
    public SandboxSettings apiKeys(String... keys) {
        return new SandboxSettings(seed, fixtures, faults, Arrays.asList(keys), properties);
    }

    /** Any other configuration key of the sandbox. */
    public SandboxSettings property(String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put(key, value);
        return new SandboxSettings(seed, fixtures, faults, apiKeys, all);
    }

    /** The fixture folder, or null. */
    public Path fixtures() {
        return fixtures;
    }

    /** The API keys the sandbox accepts (empty: any), the first being the one a client should send. */
    public List<String> apiKeys() {
        return apiKeys;
    }

    /** Every key set, as configuration properties; the fixture folder as given. */
    public Map<String, String> properties() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("sandbox.journal.max-entries", "100000");
        if (seed != null) {
            all.put("sandbox.seed", Long.toString(seed));
        }
        if (fixtures != null) {
            all.put("sandbox.fixtures.dir", fixtures.toAbsolutePath().toString());
        }
        if (!faults.isEmpty()) {
            all.put("sandbox.faults.rules", Json.write(faults));
        }
        if (!apiKeys.isEmpty()) {
            all.put("sandbox.auth.api-keys", String.join(",", apiKeys));
        }
        all.putAll(properties);
        return all;
    }

    /** The environment variable that sets {@code key}: {@code sandbox.seed} is {@code SANDBOX_SEED}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SandboxSettings settings && settings.properties().equals(properties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(properties());
    }

    @Override
    public String toString() {
        return properties().toString();
    }
}
