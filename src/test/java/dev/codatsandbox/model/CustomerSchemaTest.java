package dev.codatsandbox.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The model records are what {@link CustomerSchema} describes: the same fields, names, order and aliases. */
class CustomerSchemaTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Each record of the model with the schema's type of it. */
    private static final Map<Class<? extends Record>, CustomerSchema.Type<?>> RECORDS = Map.of(
            Customer.class, CustomerSchema.CUSTOMER,
            Address.class, CustomerSchema.ADDRESS,
            Contact.class, CustomerSchema.CONTACT,
            PhoneNumber.class, CustomerSchema.PHONE_NUMBER,
            Metadata.class, CustomerSchema.METADATA,
            SupplementalData.class, CustomerSchema.SUPPLEMENTAL_DATA);

    @Test
    void jacksonWritesTheSchemasFieldsInItsOrderAtEveryLevel() throws Exception {
        Customer customer = SchemaFields.fullyPopulated(true);

        SchemaFields.assertAsSchema(JACKSON.readTree(JACKSON.writeValueAsBytes(customer)), CustomerSchema.CUSTOMER,
                "", Set.of());
    }

    @Test
    void eachRecordHasTheSchemasFieldsInItsOrderWithItsAliases() throws Exception {
        for (Map.Entry<Class<? extends Record>, CustomerSchema.Type<?>> entry : RECORDS.entrySet()) {
            assertEquals(entry.getValue().names(), SchemaFields.componentNames(entry.getKey()),
                    entry.getKey().getSimpleName());
            for (CustomerSchema.Field<?> field : entry.getValue().fields()) {
                assertEquals(field.aliases(), SchemaFields.aliases(entry.getKey(), field.name()),
                        entry.getKey().getSimpleName() + "." + field.name());
            }
        }
    }
}
