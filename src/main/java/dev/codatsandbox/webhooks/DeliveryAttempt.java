package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * One attempt to deliver a webhook message to a consumer, as the delivery journal keeps it: when it started (real
 * time, like the request journal), which event ({@code eventType}, {@code eventId}) and message ({@code messageId},
 * the {@code webhook-id} header), to whom ({@code consumer}, {@code url}), the attempt's number for this message and
 * consumer (from 1), the receiver's {@code status} or, when there was none, the {@code error} ({@code timeout},
 * {@code connection failed: …}, {@code dropped}), the {@code latencyMs} until the answer or the error, and the
 * webhook fault that acted on it ({@code fault}, the rule's id, and {@code faultType}).
 */
@RegisterForReflection
@JsonPropertyOrder({"sequence", "time", "eventType", "eventId", "messageId", "consumer", "url", "attempt", "status",
        "error", "latencyMs", "fault", "faultType"})
public record DeliveryAttempt(
        long sequence,
        Instant time,
        String eventType,
        String eventId,
        String messageId,
        String consumer,
        String url,
        int attempt,
        Integer status,
        String error,
        long latencyMs,
        String fault,
        String faultType) {

    /** Whether the receiver took the message: a 2xx answer. */
    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }
}
