package dev.codatsandbox.faults;

import dev.codatsandbox.errors.CodatApiException;

/**
 * A fault rule or {@code Sandbox-Fault} header that cannot be used: a 400 whose message names the field, so the
 * caller can fix it without guessing.
 */
public final class InvalidRule extends CodatApiException {

    public InvalidRule(String message) {
        super(400, message);
    }

    public static InvalidRule value(String field, Object value, String rule) {
        return new InvalidRule("Invalid value '" + value + "' for field '" + field + "': " + rule + ".");
    }

    public static InvalidRule missing(String field, String why) {
        return new InvalidRule("Missing value for field '" + field + "': " + why + ".");
    }

    public static void range(String field, Number value, long min, long max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max
                || value.doubleValue() != Math.rint(value.doubleValue()))) {
            throw value(field, value, "must be a whole number from " + min + " to " + max);
        }
    }

    public static void required(String field, Object value, String why) {
        if (value == null) {
            throw missing(field, why);
        }
    }
}
