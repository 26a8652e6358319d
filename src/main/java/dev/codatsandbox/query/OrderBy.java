package dev.codatsandbox.query;

import dev.codatsandbox.errors.CodatApiException;

import java.util.Comparator;
import java.util.Optional;

/**
 * An {@code orderBy} parameter bound to one record type: one scalar property or dot path, {@code -} before it for
 * descending order. Strings (and enum values, which are strings on the wire) sort ignoring case, as queries
 * compare them; {@code false} sorts before {@code true}. Records without a value (null) come last in both
 * directions. The sort is stable: records that tie keep their list order, in both directions.
 *
 * @param path the property path as written, without the {@code -}
 */
public record OrderBy<R>(Property<R> property, boolean descending, String path) {

    /**
     * The order the parameter gives, bound to the table's record type; empty when it is absent or blank.
     *
     * @throws CodatApiException 400 naming the parameter and what is wrong with it
     */
    public static <R> Optional<OrderBy<R>> parse(String text, PropertyTable<R> table) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        boolean descending = trimmed.startsWith("-");
        String path = descending ? trimmed.substring(1).strip() : trimmed;
        if (!QueryParser.isPath(path)) {
            throw invalid(text, "give one property name, with - before it for descending order.");
        }
        Property<R> property = table.find(path)
                .orElseThrow(() -> invalid(text, "could not resolve property " + path + " on Dataset."));
        switch (property.type()) {
            case ARRAY -> throw invalid(text,
                    property.path() + " is an array; order by a property that holds one value.");
            case OBJECT -> throw invalid(text, path + " is an object; order by one of its properties: "
                    + String.join(", ", property.values()) + ".");
            case OPAQUE -> throw invalid(text, property.path() + " holds free-form content and cannot be ordered by.");
            default -> {
                return Optional.of(new OrderBy<>(property, descending, path));
            }
        }
    }

    /** The record's sort key: its property's value, in the type's normal form, or null. */
    public Object key(R record) {
        return property.value(record);
    }

    /** Orders two keys: nulls last, then by value in this direction. */
    public int compareKeys(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int comparison = VALUES.compare(a, b);
        return descending ? -comparison : comparison;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> VALUES = (a, b) -> a instanceof String first
            ? String.CASE_INSENSITIVE_ORDER.compare(first, (String) b)
            : ((Comparable) a).compareTo(b);

    private static CodatApiException invalid(String text, String problem) {
        return new CodatApiException(400, "Invalid value '" + text + "' for query parameter 'orderBy': " + problem);
    }
}
