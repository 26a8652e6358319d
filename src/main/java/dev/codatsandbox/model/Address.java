package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An address of a customer (its {@code addresses}) or of a contact (its {@code address}): Codat's one Address schema.
 * Codat's data-model page spells a contact's postal code {@code postalcode} in its example, a typo its SDKs do
 * not read; the sandbox serves {@code postalCode} and reads either spelling.
 */
@RegisterForReflection
@JsonPropertyOrder({"type", "line1", "line2", "city", "region", "country", "postalCode"})
public record Address(
        AddressType type,
        String line1,
        String line2,
        String city,
        String region,
        String country,
        @JsonAlias("postalcode") String postalCode) {

}
