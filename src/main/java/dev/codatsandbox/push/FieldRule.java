package dev.codatsandbox.push;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One field of what the sandbox connection accepts in a push: its JSON type ({@code String}, {@code Object},
 * {@code Array}), whether it is required, and its limits. The same rules make the {@code PushOption} served at
 * {@code options/customers} and check every pushed body, so the two cannot disagree.
 *
 * @param maxLength most characters of a string, or 0 for no limit
 * @param options   the allowed values of a string, or empty for any
 * @param format    a pattern a string must match, or null
 * @param formatDetails the pattern in words, for callers
 * @param properties the fields of an object, or of each item of an array
 */
record FieldRule(String name, String type, String displayName, String description, boolean required, int maxLength,
                 List<String> options, Pattern format, String formatDetails, List<FieldRule> properties) {

    static FieldRule string(String name, String displayName, String description, boolean required, int maxLength) {
        return new FieldRule(name, "String", displayName, description, required, maxLength, List.of(), null, null,
                List.of());
    }

    static FieldRule choice(String name, String displayName, String description, boolean required,
                            List<String> options) {
        return new FieldRule(name, "String", displayName, description, required, 0, List.copyOf(options), null, null,
                List.of());
    }

    static FieldRule formatted(String name, String displayName, String description, boolean required,
                               Pattern format, String formatDetails) {
        return new FieldRule(name, "String", displayName, description, required, 0, List.of(), format,
                formatDetails, List.of());
    }

    static FieldRule object(String name, String displayName, String description, boolean required,
                            List<FieldRule> properties) {
        return new FieldRule(name, "Object", displayName, description, required, 0, List.of(), null, null,
                List.copyOf(properties));
    }

    static FieldRule array(String name, String displayName, String description, boolean required,
                           List<FieldRule> itemProperties) {
        return new FieldRule(name, "Array", displayName, description, required, 0, List.of(), null, null,
                List.copyOf(itemProperties));
    }
}
