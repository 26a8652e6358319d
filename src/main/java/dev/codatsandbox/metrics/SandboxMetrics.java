package dev.codatsandbox.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/**
 * The sandbox's own counters, served at {@code /q/metrics} beside Micrometer's HTTP server metrics. Capabilities
 * call it when the thing counted happens; docs/running.md ("Operational endpoints") lists every name.
 *
 * <ul>
 *   <li>{@value #FAULTS_FIRED} ({@code sandbox_faults_fired_total} in Prometheus), tag {@code type}: a fault the
 *       sandbox injected into an answer, by its kind ({@code latency}, {@code status}, ...).</li>
 *   <li>{@value #PUSH_OPERATIONS} ({@code sandbox_push_operations_total}), tag {@code status}: a push operation that
 *       reached its final status ({@code Success}, {@code Failed}, {@code TimedOut}).</li>
 * </ul>
 * A tag value is a name from a fixed set (a fault kind, a push status), never a caller's input or an id, so the
 * number of series stays small; anything else is refused. The bean is kept even while no capability injects it.
 */
@Unremovable
@ApplicationScoped
public class SandboxMetrics {

    public static final String FAULTS_FIRED = "sandbox.faults.fired";
    public static final String PUSH_OPERATIONS = "sandbox.push.operations";

    private static final Pattern TAG_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private final MeterRegistry registry;

    SandboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one fault of this kind fired into an answer. */
    public void faultFired(String type) {
        counter(FAULTS_FIRED, "Faults the sandbox injected into answers, by kind", "type", type).increment();
    }

    /** Counts one push operation that reached this final status. */
    public void pushCompleted(String status) {
        counter(PUSH_OPERATIONS, "Push operations that reached a final status, by status", "status", status)
                .increment();
    }

    private Counter counter(String name, String description, String tag, String value) {
        if (value == null || !TAG_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Tag " + tag + " of " + name + " must be a short name, not '" + value + "'");
        }
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }
}
