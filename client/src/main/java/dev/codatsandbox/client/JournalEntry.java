package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the sandbox's journal recorded it. {@code status} is null when no answer was sent (a connection
 * fault); {@code fault} is the id of the rule that fired, or {@code header}; {@code company}, {@code operation} and
 * {@code page} are as fault rules see them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalEntry(long sequence, Instant time, String method, String path, String query,
        Map<String, String> headers, Integer status, long durationMs, String correlationId, String company,
        String operation, Integer page, String fault, String faultType) {

    /** One line: {@code #12 GET /companies/x/data/customers?page=3 -> 503 (fault 1: status)}. */
    public String summary() {
        return "#" + sequence + " " + method + " " + path + (query == null || query.isEmpty() ? "" : "?" + query)
                + " -> " + (status == null ? "no answer" : status) + " in " + durationMs + " ms"
                + (fault == null ? "" : " (fault " + fault + ": " + faultType + ")");
    }
}
