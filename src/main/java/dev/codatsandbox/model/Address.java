package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of a customer's {@code addresses} array. */
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

    /** The same address in the shape a contact carries it. */
    public ContactAddress asContactAddress() {
        return new ContactAddress(type, line1, line2, city, region, country, postalCode);
    }
}
