package dev.codatsandbox.push;

import dev.codatsandbox.model.CustomerSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One field of what the sandbox connection accepts in a push: its JSON type ({@code String}, {@code Object},
 * {@code Array}), whether it is required, and its limits. The same rules make the {@code PushOption} served at
 * {@code options/customers} and check every pushed body, so the two cannot disagree.
 *
 * <p>The connection states which fields it pushes, how it shows them and their limits ({@link Fields}); what the
 * wire says of a field (its JSON type, an enum's values, the names it is also read under, the fields an object has
 * that are not pushed) is taken from {@link CustomerSchema}.
 *
 * @param maxLength most characters of a string, or 0 for no limit
 * @param options   the allowed values of a string, or empty for any
 * @param format    a pattern a string must match, or null
 * @param formatDetails the pattern in words, for callers
 * @param properties the fields of an object, or of each item of an array, that are pushed
 * @param aliases   other names the field is read under when its own is absent
 * @param schema    the type of an object, or of each item of an array; null for a string
 */
record FieldRule(String name, String type, String displayName, String description, boolean required, int maxLength,
                 List<String> options, Pattern format, String formatDetails, List<FieldRule> properties,
                 List<String> aliases, CustomerSchema.Type<?> schema) {

    /** The rule of a whole pushed object ({@code customer}), with the rules of its fields. */
    static FieldRule root(String name, String displayName, String description, boolean required, Fields fields) {
        return new FieldRule(name, "Object", displayName, description, required, 0, List.of(), null, null,
                fields.rules, List.of(), fields.schema);
    }

    /** The fields of the object (or of each item) that are not pushed, which a body may carry all the same. */
    List<CustomerSchema.Field<?>> notPushed() {
        List<CustomerSchema.Field<?>> fields = new ArrayList<>(schema.fields());
        fields.removeIf(field -> properties.stream().anyMatch(rule -> rule.name().equals(field.name())));
        return List.copyOf(fields);
    }

    /** The JSON type of a push option, in Codat's words, of a field of this kind. */
    static String type(CustomerSchema.Kind kind) {
        return switch (kind) {
            case TEXT, ENUM, DATE -> "String";
            case BOOLEAN -> "Boolean";
            case OBJECT, FREE_FORM -> "Object";
            case LIST -> "Array";
        };
    }

    /**
     * The pushed fields of one object type of {@link CustomerSchema}, in its order: each added by its JSON name with
     * what the connection states of it, its type and options taken from the schema.
     */
    static final class Fields {

        private final CustomerSchema.Type<?> schema;
        private final List<FieldRule> rules;

        private Fields(CustomerSchema.Type<?> schema, List<FieldRule> rules) {
            this.schema = schema;
            this.rules = List.copyOf(rules);
        }

        static Fields of(CustomerSchema.Type<?> schema) {
            return new Fields(schema, List.of());
        }

        Fields string(String name, String displayName, String description, boolean required, int maxLength) {
            return add(field(name, CustomerSchema.Kind.TEXT), displayName, description, required, maxLength, null,
                    null, List.of(), null);
        }

        /** A field whose value is one of its enum's constants. */
        Fields choice(String name, String displayName, String description, boolean required) {
            return add(field(name, CustomerSchema.Kind.ENUM), displayName, description, required, 0, null, null,
                    List.of(), null);
        }

        Fields formatted(String name, String displayName, String description, boolean required, Pattern format,
                         String formatDetails) {
            return add(field(name, CustomerSchema.Kind.TEXT), displayName, description, required, 0, format,
                    formatDetails, List.of(), null);
        }

        Fields object(String name, String displayName, String description, boolean required, Fields properties) {
            return add(nested(name, CustomerSchema.Kind.OBJECT, properties), displayName, description, required, 0,
                    null, null, properties.rules, properties.schema);
        }

        Fields array(String name, String displayName, String description, boolean required, Fields itemProperties) {
            return add(nested(name, CustomerSchema.Kind.LIST, itemProperties), displayName, description, required, 0,
                    null, null, itemProperties.rules, itemProperties.schema);
        }

        private Fields add(CustomerSchema.Field<?> field, String displayName, String description, boolean required,
                           int maxLength, Pattern format, String formatDetails, List<FieldRule> properties,
                           CustomerSchema.Type<?> type) {
            if (!rules.isEmpty() && schema.names().indexOf(field.name())
                    <= schema.names().indexOf(rules.get(rules.size() - 1).name())) {
                throw new IllegalArgumentException(field.name() + " is not in the order of " + schema);
            }
            List<FieldRule> added = new ArrayList<>(rules);
            added.add(new FieldRule(field.name(), type(field.kind()), displayName, description, required, maxLength,
                    field.values(), format, formatDetails, properties, field.aliases(), type));
            return new Fields(schema, added);
        }

        private CustomerSchema.Field<?> field(String name, CustomerSchema.Kind kind) {
            CustomerSchema.Field<?> field = schema.field(name)
                    .orElseThrow(() -> new IllegalArgumentException(name + " is not a field of " + schema));
            if (field.kind() != kind) {
                throw new IllegalArgumentException(name + " of " + schema + " is " + field.kind() + ", not " + kind);
            }
            return field;
        }

        private CustomerSchema.Field<?> nested(String name, CustomerSchema.Kind kind, Fields properties) {
            CustomerSchema.Field<?> field = field(name, kind);
            if (field.type() != properties.schema) {
                throw new IllegalArgumentException(name + " of " + schema + " holds " + field.type() + ", not "
                        + properties.schema);
            }
            return field;
        }
    }
}
