package dev.codatsandbox.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.errors.CodatError;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * Codat's {@code PushOperation} (its {@code PushOperationSummary}): one create or update and where it stands.
 * {@code completedOnUtc} is absent while the operation is {@code Pending}; {@code changes} is set once it succeeded.
 */
@RegisterForReflection
@JsonPropertyOrder({"changes", "dataType", "companyId", "pushOperationKey", "dataConnectionKey", "requestedOnUtc",
        "completedOnUtc", "timeoutInMinutes", "status", "errorMessage", "validation", "statusCode"})
public record PushOperation(
        List<PushChange> changes,
        String dataType,
        String companyId,
        String pushOperationKey,
        String dataConnectionKey,
        Instant requestedOnUtc,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant completedOnUtc,
        Integer timeoutInMinutes,
        PushOperationStatus status,
        String errorMessage,
        CodatError.Validation validation,
        int statusCode) {
}
