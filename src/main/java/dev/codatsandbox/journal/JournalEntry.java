package dev.codatsandbox.journal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the journal keeps it. {@code status} is null when no answer was sent (a connection fault, or the
 * client gave up on a hang); {@code correlationId} is that of the error body, when one was sent; {@code fault} is
 * the id of the rule that fired, or {@code "header"}, and {@code faultType} its kind. {@code company},
 * {@code operation} and {@code page} are as fault rules see them.
 */
@RegisterForReflection
@JsonPropertyOrder({"sequence", "time", "method", "path", "query", "headers", "status", "durationMs", "correlationId",
        "company", "operation", "page", "fault", "faultType"})
public record JournalEntry(
        long sequence,
        Instant time,
        String method,
        String path,
        String query,
        Map<String, String> headers,
        Integer status,
        long durationMs,
        String correlationId,
        String company,
        String operation,
        Integer page,
        String fault,
        String faultType) {
}
