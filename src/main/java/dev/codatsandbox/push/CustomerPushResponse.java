package dev.codatsandbox.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.model.Customer;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * Codat's {@code CreateCustomerResponse} and {@code UpdateCustomerResponse}: {@code {"data": Customer}} merged with
 * the push operation's summary. Spelled out field by field rather than unwrapped, so the order is Codat's.
 */
@RegisterForReflection
@JsonPropertyOrder({"data", "changes", "dataType", "companyId", "pushOperationKey", "dataConnectionKey",
        "requestedOnUtc", "completedOnUtc", "timeoutInMinutes", "status", "errorMessage", "validation", "statusCode"})
public record CustomerPushResponse(
        Customer data,
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

    static CustomerPushResponse of(Customer data, PushOperation operation) {
        return new CustomerPushResponse(data, operation.changes(), operation.dataType(), operation.companyId(),
                operation.pushOperationKey(), operation.dataConnectionKey(), operation.requestedOnUtc(),
                operation.completedOnUtc(), operation.timeoutInMinutes(), operation.status(), operation.errorMessage(),
                operation.validation(), operation.statusCode());
    }
}
