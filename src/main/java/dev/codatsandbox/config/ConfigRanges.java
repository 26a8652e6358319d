package dev.codatsandbox.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ranges of the sandbox's numeric settings ({@link SandboxConfig}), checked before anything else starts: a value
 * out of range stops the server with a message naming each such key, its value and its range. Checked here rather
 * than with Bean Validation constraints on the mapping, which would make Quarkus build a validator factory of its own
 * for configuration at every start (about a third of the main thread's start-up work).
 */
@ApplicationScoped
public class ConfigRanges {

    /** A key's range, and how its value is read from the configuration. */
    record Range(double min, double max, Function<SandboxConfig, Number> value) {
    }

    /** Every numeric key with its range, as the table of docs/configuration.md gives them. */
    static final Map<String, Range> RANGES = ranges();

    void check(@Observes @Priority(1) StartupEvent started, SandboxConfig config) {
        List<String> problems = problems(values(config));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid configuration: " + String.join(" ", problems));
        }
    }

    /** The values of the keys of {@link #RANGES} in {@code config}. */
    static Map<String, Number> values(SandboxConfig config) {
        Map<String, Number> values = new LinkedHashMap<>();
        RANGES.forEach((key, range) -> values.put(key, range.value().apply(config)));
        return values;
    }

    /** One message per value out of its key's range, in the order of {@code values}. */
    static List<String> problems(Map<String, Number> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            Range range = RANGES.get(key);
            double v = value.doubleValue();
            if (range == null) {
                throw new IllegalStateException("no range for " + key);
            }
            if (!(v >= range.min() && v <= range.max())) {
                problems.add(key + " is " + value + "; it must be from " + number(range.min()) + " to "
                        + number(range.max()) + ".");
            }
        });
        return problems;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Map<String, Range> ranges() {
        Map<String, Range> ranges = new LinkedHashMap<>();
        ranges.put("sandbox.customers-per-company", new Range(0, 100_000_000, SandboxConfig::customersPerCompany));
        ranges.put("sandbox.edge.log-summary-seconds", new Range(1, 86_400, c -> c.edge().logSummarySeconds()));
        ranges.put("sandbox.cache.max-mib", new Range(0, 65_536, c -> c.cache().maxMib()));
        ranges.put("sandbox.fixtures.watch-interval-ms", new Range(100, 60_000, c -> c.fixtures().watchIntervalMs()));
        ranges.put("sandbox.journal.max-entries", new Range(1, 1_000_000, c -> c.journal().maxEntries()));
        ranges.put("sandbox.companies.max-held", new Range(0, 1_000_000, c -> c.companies().maxHeld()));
        ranges.put("sandbox.query.cache-size", new Range(0, 10_000, c -> c.query().cacheSize()));
        ranges.put("sandbox.query.cache-max-positions",
                new Range(0, 500_000_000, c -> c.query().cacheMaxPositions()));
        ranges.put("sandbox.push.delay-ms", new Range(0, 86_400_000, c -> c.push().delayMs()));
        ranges.put("sandbox.push.failure-share", new Range(0, 1, c -> c.push().failureShare()));
        ranges.put("sandbox.push.timeout-share", new Range(0, 1, c -> c.push().timeoutShare()));
        ranges.put("sandbox.webhooks.timeout-ms", new Range(1, 600_000, c -> c.webhooks().timeoutMs()));
        ranges.put("sandbox.webhooks.journal-max-entries",
                new Range(1, 1_000_000, c -> c.webhooks().journalMaxEntries()));
        return Collections.unmodifiableMap(ranges);
    }
}
