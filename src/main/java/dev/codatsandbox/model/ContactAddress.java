package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code address} object of a customer contact. Codat's documented example spells the postal code of a
 * contact's address {@code postalcode} (lower-case c), unlike the {@code postalCode} of a customer's
 * {@code addresses}; the sandbox serves it as documented and reads either spelling.
 */
@RegisterForReflection
@JsonPropertyOrder({"type", "line1", "line2", "city", "region", "country", "postalcode"})
public record ContactAddress(
        AddressType type,
        String line1,
        String line2,
        String city,
        String region,
        String country,
        @JsonProperty("postalcode") @JsonAlias("postalCode") String postalCode) {
}
