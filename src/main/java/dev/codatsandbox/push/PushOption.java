package dev.codatsandbox.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/**
 * Codat's {@code PushOption} (and, for a property, its {@code pushOptionProperty}): a field the connection
 * accepts, whether it is required, its allowed values ({@code options}) and its other rules
 * ({@code validation.information}). Properties of an object or array are nested the same way.
 */
@RegisterForReflection
@JsonPropertyOrder({"type", "displayName", "description", "required", "properties", "options", "validation"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushOption(
        String type,
        String displayName,
        String description,
        boolean required,
        Map<String, PushOption> properties,
        List<Choice> options,
        ValidationInfo validation) {

    /** Codat's {@code pushOptionChoice}: one allowed value. */
    @RegisterForReflection
    @JsonPropertyOrder({"value", "type", "displayName", "description", "required"})
    public record Choice(String value, String type, String displayName, String description, boolean required) {
    }

    /** Codat's {@code pushValidationInfo}. */
    @RegisterForReflection
    @JsonPropertyOrder({"warnings", "information"})
    public record ValidationInfo(List<FieldValidation> warnings, List<FieldValidation> information) {
    }

    /** Codat's {@code pushFieldValidation}: one rule of a field, in words. */
    @RegisterForReflection
    @JsonPropertyOrder({"field", "details", "ref"})
    public record FieldValidation(String field, String details, String ref) {
    }
}
