package dev.codatsandbox.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The properties of one record type that the query language and orderBy know, keyed by dot path. The same parser,
 * evaluator and sorter work over any record type given its table ({@link CustomerProperties#TABLE} for customers);
 * accessors are written out, not found by reflection, so the native image needs no reflection configuration.
 *
 * <p>Build one with {@link #builder()}: every scalar property with its accessor, arrays and opaque properties by
 * path only. The objects on a dot path ({@code metadata} of {@code metadata.isDeleted}) are added by the builder.
 */
public final class PropertyTable<R> {

    private final Map<String, Property<R>> byPath;

    private PropertyTable(Map<String, Property<R>> byPath) {
        this.byPath = byPath;
    }

    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    /**
     * The property a path names: the property itself, or the array or opaque property that the path goes into
     * ({@code addresses} for {@code addresses.city}), so the caller can say why it cannot be used. Property
     * names are matched exactly, as they are spelled on the wire.
     */
    public Optional<Property<R>> find(String path) {
        int dot = path.indexOf('.');
        while (dot > 0) {
            Property<R> outer = byPath.get(path.substring(0, dot));
            if (outer != null && (outer.type() == PropertyType.ARRAY || outer.type() == PropertyType.OPAQUE)) {
                return Optional.of(outer);
            }
            dot = path.indexOf('.', dot + 1);
        }
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every property, in the order the table was built. */
    public List<Property<R>> properties() {
        return List.copyOf(byPath.values());
    }

    /** Adds the properties of one record type, in the order of its wire fields. */
    public static final class Builder<R> {

        private final Map<String, Property<R>> byPath = new LinkedHashMap<>();
        private final Map<String, List<String>> objects = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<R> string(String path, Function<R, String> accessor) {
            return add(path, PropertyType.STRING, accessor::apply, List.of());
        }

        /** A number property: Integer, Long, Double, BigInteger or BigDecimal values compare as decimals. */
        public Builder<R> number(String path, Function<R, ? extends Number> accessor) {
            return add(path, PropertyType.NUMBER, record -> decimal(accessor.apply(record)), List.of());
        }

        public Builder<R> bool(String path, Function<R, Boolean> accessor) {
            return add(path, PropertyType.BOOLEAN, accessor::apply, List.of());
        }

        /** An enum property; {@code constants} are its values ({@code Status.values()}), spelled as on the wire. */
        public <E extends Enum<E>> Builder<R> enumeration(String path, E[] constants, Function<R, E> accessor) {
            List<String> names = new ArrayList<>();
            for (E constant : constants) {
                names.add(constant.name());
            }
            return enumeration(path, names, accessor);
        }

        /** An enum property; {@code names} are its constants' names, as spelled on the wire. */
        public Builder<R> enumeration(String path, List<String> names, Function<R, ? extends Enum<?>> accessor) {
            return add(path, PropertyType.ENUM, record -> {
                Enum<?> value = accessor.apply(record);
                return value == null ? null : value.name();
            }, names);
        }

        public Builder<R> date(String path, Function<R, Instant> accessor) {
            return add(path, PropertyType.DATE, accessor::apply, List.of());
        }

        /** A list property, which queries and orderBy refuse by name. */
        public Builder<R> array(String path) {
            return add(path, PropertyType.ARRAY, record -> null, List.of());
        }

        /** A property of free-form content, which queries and orderBy refuse by name, with anything under it. */
        public Builder<R> opaque(String path) {
            return add(path, PropertyType.OPAQUE, record -> null, List.of());
        }

        public PropertyTable<R> build() {
            Map<String, Property<R>> all = new LinkedHashMap<>(byPath);
            objects.forEach((path, children) -> all.putIfAbsent(path,
                    new Property<>(path, PropertyType.OBJECT, record -> null, children)));
            return new PropertyTable<>(Collections.unmodifiableMap(all));
        }

        private Builder<R> add(String path, PropertyType type, Function<R, Object> accessor, List<String> values) {
            if (!QueryParser.isPath(path)) {
                throw new IllegalArgumentException("Not a property path: " + path);
            }
            if (byPath.putIfAbsent(path, new Property<>(path, type, accessor, values)) != null
                    || objects.containsKey(path)) {
                throw new IllegalArgumentException("Property " + path + " is in the table twice");
            }
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                String parent = path.substring(0, dot);
                if (byPath.containsKey(parent)) {
                    throw new IllegalArgumentException("Property " + parent + " holds a value; it has no " + path);
                }
                objects.computeIfAbsent(parent, p -> new ArrayList<>()).add(path);
            }
            return this;
        }

        private static BigDecimal decimal(Number number) {
            if (number == null || number instanceof BigDecimal) {
                return (BigDecimal) number;
            }
            if (number instanceof BigInteger big) {
                return new BigDecimal(big);
            }
            if (number instanceof Double || number instanceof Float) {
                double value = number.doubleValue();
                return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
            }
            return BigDecimal.valueOf(number.longValue());
        }
    }
}
