package dev.codatsandbox.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** Codat's error body, sent with every non-2xx answer. */
@RegisterForReflection
@JsonPropertyOrder({"statusCode", "service", "error", "correlationId", "validation", "canBeRetried",
        "detailedErrorCode"})
public record CodatError(
        int statusCode,
        String service,
        String error,
        String correlationId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Validation validation,
        String canBeRetried,
        int detailedErrorCode) {

    /** Push validation outcome: each item names a field and its problem. */
    @RegisterForReflection
    public record Validation(List<ValidationItem> errors, List<ValidationItem> warnings) {
    }

    @RegisterForReflection
    public record ValidationItem(String itemId, String message, String validatorName) {
    }
}
