package dev.codatsandbox.query;

import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.CustomerSchema;

import java.util.function.Function;

/**
 * The properties of a {@link Customer} that queries and orderBy know, made from {@link CustomerSchema} in the order of
 * its wire fields. A field that holds one value is a property of its type; arrays ({@code addresses},
 * {@code contacts}) and free-form content are listed so a query naming them is told why it cannot use them, rather
 * than that they do not exist. An object's fields are properties under its name ({@code metadata.isDeleted}); an
 * object with no field that holds one value ({@code supplementalData}, whose {@code content} is free-form) is
 * free-form content as a whole.
 */
public final class CustomerProperties {

    public static final PropertyTable<Customer> TABLE = table(CustomerSchema.CUSTOMER);

    private CustomerProperties() {
    }

    private static PropertyTable<Customer> table(CustomerSchema.Type<Customer> type) {
        PropertyTable.Builder<Customer> table = PropertyTable.builder();
        add(table, "", type, null);
        return table.build();
    }

    /**
     * Adds the type's fields under {@code prefix}; {@code object} reads the object that holds them from a customer
     * (null for the customer itself).
     */
    private static void add(PropertyTable.Builder<Customer> table, String prefix, CustomerSchema.Type<?> type,
                            Function<Customer, ?> object) {
        for (CustomerSchema.Field<?> field : type.fields()) {
            String path = prefix + field.name();
            Function<Customer, Object> value = object == null ? typed(field.accessor()) : customer -> {
                Object holder = object.apply(customer);
                return holder == null ? null : field.value(holder);
            };
            switch (field.kind()) {
                case TEXT -> table.string(path, typed(value));
                case ENUM -> table.enumeration(path, field.values(), typed(value));
                case BOOLEAN -> table.bool(path, typed(value));
                case DATE -> table.date(path, typed(value));
                case LIST -> table.array(path);
                case FREE_FORM -> table.opaque(path);
                case OBJECT -> {
                    if (holdsOneValueSomewhere(field.type())) {
                        add(table, path + ".", field.type(), value);
                    } else {
                        table.opaque(path);
                    }
                }
                default -> throw new IllegalStateException("Unknown kind " + field.kind());
            }
        }
    }

    private static boolean holdsOneValueSomewhere(CustomerSchema.Type<?> type) {
        return type.fields().stream().anyMatch(field -> switch (field.kind()) {
            case TEXT, ENUM, BOOLEAN, DATE -> true;
            case OBJECT -> holdsOneValueSomewhere(field.type());
            default -> false;
        });
    }

    /** The accessor as one of a value of the type its field's kind says it holds. */
    @SuppressWarnings("unchecked")
    private static <T> Function<Customer, T> typed(Function<?, ?> accessor) {
        return (Function<Customer, T>) accessor;
    }
}
