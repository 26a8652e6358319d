package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * A person or organisation that buys goods or services from a company: Codat's Customer data type. Its fields, and
 * those of the records it holds, are described once in {@link CustomerSchema}, which {@code CustomerSchemaTest} holds
 * these records to.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "customerName", "contactName", "emailAddress", "defaultCurrency", "phone", "addresses",
        "contacts", "registrationNumber", "taxNumber", "status", "metadata", "supplementalData", "modifiedDate",
        "sourceModifiedDate"})
public record Customer(
        String id,
        String customerName,
        String contactName,
        String emailAddress,
        String defaultCurrency,
        String phone,
        List<Address> addresses,
        List<Contact> contacts,
        String registrationNumber,
        String taxNumber,
        Status status,
        @JsonInclude(JsonInclude.Include.NON_NULL) Metadata metadata,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupplementalData supplementalData,
        Instant modifiedDate,
        Instant sourceModifiedDate) {

    public Customer {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
