package dev.codatsandbox.query;

import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.SchemaFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The customers' property table, made from the schema: every wire field in order, each of the type the query
 * language gives its kind, objects by their properties and read through them.
 */
class CustomerPropertiesTest {

    @Test
    void everyFieldIsAPropertyOfTheTypeItsKindGivesInWireOrder() {
        List<String> table = CustomerProperties.TABLE.properties().stream()
                .map(p -> p.path() + " " + p.type() + (p.values().isEmpty() ? "" : " " + p.values())).toList();

        assertEquals(List.of("id STRING", "customerName STRING", "contactName STRING", "emailAddress STRING",
                "defaultCurrency STRING", "phone STRING", "addresses ARRAY", "contacts ARRAY",
                "registrationNumber STRING", "taxNumber STRING", "status ENUM [Unknown, Active, Archived]",
                "metadata.isDeleted BOOLEAN", "supplementalData OPAQUE", "modifiedDate DATE",
                "sourceModifiedDate DATE", "metadata OBJECT [metadata.isDeleted]"), table);
    }

    @Test
    void propertiesReadTheCustomersValuesAndNullThroughAMissingObject() {
        Customer full = SchemaFields.fullyPopulated(true);
        Customer bare = new Customer(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);

        assertEquals(Arrays.asList("C-1", "Acme Ltd", "Ann Other", "accounts@example.com", "GBP", "+44 113 496 0001",
                null, null, "01234567", "GB123456789", "Archived", true, null,
                Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-01-01T00:00:00Z"), null),
                CustomerProperties.TABLE.properties().stream().map(p -> p.value(full)).toList());
        CustomerProperties.TABLE.properties().forEach(p -> assertNull(p.value(bare), p.path()));
    }
}
