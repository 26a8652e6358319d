package dev.codatsandbox.config;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numeric settings out of range are named with their value and range; values at the bounds pass. */
class ConfigRangesTest {

    static Map<String, Number> bounds(boolean upper) {
        Map<String, Number> values = new LinkedHashMap<>();
        ConfigRanges.RANGES.forEach((key, range) -> values.put(key, upper ? range.max() : range.min()));
        return values;
    }

    @Test
    void valuesAtTheBoundsPass() {
        assertEquals(List.of(), ConfigRanges.problems(bounds(false)));
        assertEquals(List.of(), ConfigRanges.problems(bounds(true)));
    }

    @Test
    void eachValueOutOfRangeIsNamedWithItsRange() {
        Map<String, Number> values = bounds(false);
        values.put("sandbox.customers-per-company", -1);
        values.put("sandbox.push.failure-share", 1.5);
        values.put("sandbox.fixtures.watch-interval-ms", 99);
        values.put("sandbox.push.timeout-share", Double.NaN);

        assertEquals(List.of(
                "sandbox.customers-per-company is -1; it must be from 0 to 100000000.",
                "sandbox.fixtures.watch-interval-ms is 99; it must be from 100 to 60000.",
                "sandbox.push.failure-share is 1.5; it must be from 0 to 1.",
                "sandbox.push.timeout-share is NaN; it must be from 0 to 1."), ConfigRanges.problems(values));
    }

    @Test
    void everyRangedKeyIsReadFromTheConfiguration() {
        assertTrue(ConfigRanges.RANGES.size() >= 11);
        Map<String, Number> unknown = Map.of("sandbox.no-such-key", 1);
        assertThrows(IllegalStateException.class, () -> ConfigRanges.problems(unknown));
    }
}
