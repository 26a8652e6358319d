package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Codat's error body, as the sandbox sends it with every non-2xx answer: {@code validation} lists the problems of a
 * rejected fixture or push, each with the item it concerns and the rule it broke.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodatError(int statusCode, String service, String error, String correlationId, Validation validation,
        String canBeRetried, Integer detailedErrorCode) {

    /** Codat's {@code validation}: errors and warnings, each an item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validation(List<ValidationItem> errors, List<ValidationItem> warnings) {

        /** Lists are never null. */
        public Validation {
            errors = errors == null ? List.of() : List.copyOf(errors);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /** One validation problem: the item (a field's path, or a fixture file and JSON path), what is wrong, the rule. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ValidationItem(String itemId, String message, String validatorName) {
    }
}
