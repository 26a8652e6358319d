package dev.codatsandbox.faults;

/**
 * A fault that applies to one request: the rule that fired ({@code rule} null, and {@code source} "header", when
 * the {@code Sandbox-Fault} header asked for it), its match number and, for a 429, the {@code Retry-After} seconds.
 */
public record Firing(String source, Fault fault, long match, ActiveRule rule, Integer retryAfterSeconds) {

    public static final String HEADER = "header";

    static Firing of(ActiveRule rule, long match) {
        return new Firing(rule.id(), rule.definition().fault(), match, rule, null);
    }

    static Firing fromHeader(Fault fault) {
        return new Firing(HEADER, fault, 1, null, null);
    }

    Firing retryAfter(int seconds) {
        return new Firing(source, fault, match, rule, seconds);
    }
}
