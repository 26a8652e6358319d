package dev.codatsandbox.query;

import java.util.List;
import java.util.function.Function;

/**
 * One queryable (or deliberately not queryable) property of a record type: its dot path as a query writes it
 * ({@code customerName}, {@code metadata.isDeleted}), what it holds, and how to read it from a record.
 *
 * <p>The accessor answers the value in one normal form per type, so comparison needs no reflection: a
 * {@code String} for strings, a {@code BigDecimal} for numbers, a {@code Boolean}, the constant's name for enums,
 * an {@code Instant} for dates; {@code null} when the record has no value (or an object on the path is null).
 * Properties that hold no single value have no accessor.
 *
 * @param values for an enum, its constants as spelled on the wire; for an object, the paths of its properties
 */
public record Property<R>(String path, PropertyType type, Function<R, Object> accessor, List<String> values) {

    public Property {
        values = List.copyOf(values);
    }

    /** The value of this property in the record, in its type's normal form, or null. */
    public Object value(R record) {
        return accessor.apply(record);
    }
}
