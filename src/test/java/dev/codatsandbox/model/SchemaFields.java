package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds what writes or reads customers to {@link CustomerSchema}: a customer with a value in every field, the check
 * that its JSON has exactly the schema's fields, in its order, each of the JSON type its kind says, at every level,
 * and the components and aliases of a record.
 */
public final class SchemaFields {

    private SchemaFields() {
    }

    /** A customer with a value in every field of every object, and one item in every list. */
    public static Customer fullyPopulated(boolean withSupplementalData) {
        Address address = new Address(AddressType.Delivery, "1 High Street", "Flat 2", "Leeds", "West Yorkshire",
                "United Kingdom", "LS1 1AA");
        Contact contact = new Contact("Ann Other", "ann@example.com",
                List.of(new PhoneNumber("+44 113 496 0000", PhoneNumberType.Mobile)), address, Status.Active,
                Instant.parse("2023-04-05T06:07:08Z"));
        SupplementalData supplemental = withSupplementalData
                ? new SupplementalData(Map.of("orders", TextNode.valueOf("many"))) : null;
        return new Customer("C-1", "Acme Ltd", "Ann Other", "accounts@example.com", "GBP", "+44 113 496 0001",
                List.of(address), List.of(contact), "01234567", "GB123456789", Status.Archived, Metadata.DELETED,
                supplemental, Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-01-01T00:00:00Z"));
    }

    /**
     * Checks that {@code object} has exactly the type's fields in its order but for those whose paths are in
     * {@code leftOut}, each with a value of its kind, and so on into every object and every item of a list.
     */
    public static void assertAsSchema(JsonNode object, CustomerSchema.Type<?> type, String path, Set<String> leftOut) {
        assertTrue(object.isObject(), (path.isEmpty() ? type.name() : path) + " is an object");
        List<String> written = new ArrayList<>();
        object.fieldNames().forEachRemaining(written::add);
        List<String> expected = type.names().stream().filter(name -> !leftOut.contains(path + name)).toList();
        assertEquals(expected, written, "the fields of " + (path.isEmpty() ? type.name() : path) + ", in order");
        for (CustomerSchema.Field<?> field : type.fields()) {
            String at = path + field.name();
            JsonNode value = object.get(field.name());
            if (leftOut.contains(at)) {
                continue;
            }
            assertNotNull(value, at);
            assertFalse(value.isNull(), at + " has a value");
            switch (field.kind()) {
                case TEXT, DATE -> assertTrue(value.isTextual(), at + " is a string");
                case ENUM -> assertTrue(value.isTextual() && field.values().contains(value.textValue()),
                        at + " is one of " + field.values());
                case BOOLEAN -> assertTrue(value.isBoolean(), at + " is true or false");
                case FREE_FORM -> assertTrue(value.isObject(), at + " is an object");
                case OBJECT -> assertAsSchema(value, field.type(), at + ".", leftOut);
                case LIST -> {
                    assertTrue(value.isArray() && !value.isEmpty(), at + " is an array with an item");
                    for (int i = 0; i < value.size(); i++) {
                        assertAsSchema(value.get(i), field.type(), at + "[" + i + "].", leftOut);
                    }
                }
                default -> throw new AssertionError("Unknown kind " + field.kind());
            }
        }
    }

    /** The names of a record's components, in order. */
    public static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The names Jackson also reads a record's component under ({@code @JsonAlias}, which lands on its field). */
    public static List<String> aliases(Class<? extends Record> type, String component) throws NoSuchFieldException {
        JsonAlias alias = type.getDeclaredField(component).getAnnotation(JsonAlias.class);
        return alias == null ? List.of() : List.of(alias.value());
    }
}
