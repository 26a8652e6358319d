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

/**
 * The ranges of the sandbox's numeric settings ({@link SandboxConfig}), checked before anything else starts: a value
 * out of range stops the server with a message naming each such key, its value and its range. Checked here rather
 * than with Bean Validation constraints on the mapping, which would make Quarkus build a validator factory of its own
 * for configuration at every start (about a third of the main thread's start-up work).
 */
@ApplicationScoped
public class ConfigRanges {

    record Range(double min, double max) {
    }

    /** Every numeric key with its range, as README.md's configuration table gives them. */
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
        values.put("sandbox.customers-per-company", config.customersPerCompany());
        values.put("sandbox.edge.log-summary-seconds", config.edge().logSummarySeconds());
        values.put("sandbox.cache.max-mib", config.cache().maxMib());
        values.put("sandbox.fixtures.watch-interval-ms", config.fixtures().watchIntervalMs());
        values.put("sandbox.journal.max-entries", config.journal().maxEntries());
        values.put("sandbox.companies.max-held", config.companies().maxHeld());
        values.put("sandbox.query.cache-size", config.query().cacheSize());
        values.put("sandbox.query.cache-max-positions", config.query().cacheMaxPositions());
        values.put("sandbox.push.delay-ms", config.push().delayMs());
        values.put("sandbox.push.failure-share", config.push().failureShare());
        values.put("sandbox.push.timeout-share", config.push().timeoutShare());
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
        ranges.put("sandbox.customers-per-company", new Range(0, 100_000_000));
        ranges.put("sandbox.edge.log-summary-seconds", new Range(1, 86_400));
        ranges.put("sandbox.cache.max-mib", new Range(0, 65_536));
        ranges.put("sandbox.fixtures.watch-interval-ms", new Range(100, 60_000));
        ranges.put("sandbox.journal.max-entries", new Range(1, 1_000_000));
        ranges.put("sandbox.companies.max-held", new Range(0, 1_000_000));
        ranges.put("sandbox.query.cache-size", new Range(0, 10_000));
        ranges.put("sandbox.query.cache-max-positions", new Range(0, 500_000_000));
        ranges.put("sandbox.push.delay-ms", new Range(0, 86_400_000));
        ranges.put("sandbox.push.failure-share", new Range(0, 1));
        ranges.put("sandbox.push.timeout-share", new Range(0, 1));
        return Collections.unmodifiableMap(ranges);
    }
}
