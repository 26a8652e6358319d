package dev.codatsandbox.requests;

import java.util.Optional;

/** Reads query-parameter text as a whole number the way the parameter rules understand it. */
public final class WholeNumbers {

    private static final int MAX_DIGITS = 10;

    private WholeNumbers() {
    }

    /** The value of an optionally signed run of ASCII digits that fits an int, or empty. */
    public static Optional<Integer> parse(String text) {
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long value = Long.parseLong(text.startsWith("+") ? digits : text);
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) value);
    }
}
