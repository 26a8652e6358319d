package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/** A contact person of a customer. */
@RegisterForReflection
@JsonPropertyOrder({"name", "email", "phone", "address", "status", "modifiedDate"})
public record Contact(
        String name,
        String email,
        List<PhoneNumber> phone,
        Address address,
        Status status,
        Instant modifiedDate) {

    public Contact {
        phone = phone == null ? List.of() : List.copyOf(phone);
    }
}
