package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One phone number of a customer contact. */
@RegisterForReflection
@JsonPropertyOrder({"number", "type"})
public record PhoneNumber(String number, PhoneNumberType type) {
}
