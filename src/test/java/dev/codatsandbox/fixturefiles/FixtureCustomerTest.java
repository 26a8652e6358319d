package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.model.CustomerSchema;
import dev.codatsandbox.model.SchemaFields;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A customer as a fixture file writes it is read into records of the schema's fields: each with the fields, order and
 * aliases {@link CustomerSchema} gives its type, so that every field the reader lets through is one it binds.
 */
class FixtureCustomerTest {

    @Test
    void eachRecordAFixtureIsReadIntoHasTheSchemasFieldsInItsOrderWithItsAliases() throws Exception {
        Map<Class<? extends Record>, CustomerSchema.Type<?>> records = Map.of(
                FixtureCustomer.class, CustomerSchema.CUSTOMER,
                FixtureCustomer.FixtureAddress.class, CustomerSchema.ADDRESS,
                FixtureCustomer.FixtureContact.class, CustomerSchema.CONTACT,
                FixtureCustomer.FixturePhoneNumber.class, CustomerSchema.PHONE_NUMBER);
        for (Map.Entry<Class<? extends Record>, CustomerSchema.Type<?>> entry : records.entrySet()) {
            String name = entry.getKey().getSimpleName();
            assertEquals(entry.getValue().names(), SchemaFields.componentNames(entry.getKey()), name);
            for (CustomerSchema.Field<?> field : entry.getValue().fields()) {
                assertEquals(field.aliases(), SchemaFields.aliases(entry.getKey(), field.name()),
                        name + "." + field.name());
            }
        }
    }
}
