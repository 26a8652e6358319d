package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A push operation as Codat's API answers it ({@code GET /companies/{id}/push/{key}}): its key, status
 * ({@code Pending}, {@code Success}, {@code Failed}, {@code TimedOut}), times on the sandbox clock, validation and
 * changes (kept as JSON).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PushOperation(String pushOperationKey, String companyId, String dataConnectionKey, String dataType,
        String status, Integer statusCode, Instant requestedOnUtc, Instant completedOnUtc, Integer timeoutInMinutes,
        String errorMessage, CodatError.Validation validation, JsonNode changes) {
}
