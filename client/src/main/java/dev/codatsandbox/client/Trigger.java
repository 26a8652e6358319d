package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When a rule fires among the requests it matches: {@link #always()}, the {@link #next(int)} N ("fail twice, then
 * succeed"), {@link #every(int)} Nth, {@link #after(int)} the first N, or with a {@link #probability(double)} drawn
 * from the sandbox's seed. A value, sent as the sandbox's JSON.
 */
@JsonPropertyOrder({"type"})
public final class Trigger {

    private final String type;
    private final Map<String, Object> attributes;

    private Trigger(String type, Map<String, Object> attributes) {
        this.type = type;
        Map<String, Object> normal = new LinkedHashMap<>();
        // whole numbers as Long, however they were given or read, so that equal values are equal
        attributes.forEach((name, value) -> normal.put(name, value instanceof Integer || value instanceof Short
                || value instanceof Byte ? Long.valueOf(((Number) value).longValue()) : value));
        this.attributes = Collections.unmodifiableMap(normal);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Trigger of(Map<String, Object> json) {
        Map<String, Object> attributes = new LinkedHashMap<>(json);
        return new Trigger(String.valueOf(attributes.remove("type")), attributes);
    }

    /** Every match (the default). */
    public static Trigger always() {
        return new Trigger("always", Map.of());
    }

    /** The first {@code count} matches, then none. */
    public static Trigger next(int count) {
        return new Trigger("next", Map.of("count", count));
    }

    /** The Nth, 2Nth, ... match. */
    public static Trigger every(int nth) {
        return new Trigger("every", Map.of("nth", nth));
    }

    /** Every match after the first {@code count}. */
    public static Trigger after(int count) {
        return new Trigger("after", Map.of("count", count));
    }

    /** Each match with probability {@code p}, drawn from the seed, the rule and the match number. */
    public static Trigger probability(double p) {
        return new Trigger("probability", Map.of("p", p));
    }

    /** {@code always}, {@code next}, {@code every}, {@code after} or {@code probability}. */
    @JsonProperty("type")
    public String type() {
        return type;
    }

    /** {@code count}, {@code nth} or {@code p}. */
    @JsonAnyGetter
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trigger trigger && trigger.type.equals(type) && trigger.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, attributes);
    }

    @Override
    public String toString() {
        return type + attributes;
    }
}
