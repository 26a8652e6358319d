package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * A file attached to a record in the accounting platform: Codat's {@code Attachment}, here a customer's. Fields in
 * the order of Codat's schema (its own properties, then {@code ModifiedDates}); {@code name}, {@code contentType} and
 * {@code fileSize} may be null, as Codat's schema allows.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "name", "contentType", "dateCreated", "fileSize", "includeWhenSent", "modifiedDate",
        "sourceModifiedDate"})
public record Attachment(
        String id,
        String name,
        String contentType,
        Instant dateCreated,
        Integer fileSize,
        boolean includeWhenSent,
        Instant modifiedDate,
        Instant sourceModifiedDate) {
}
