package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * One of Codat's webhook events as its body is sent: Codat's top-level shape (Standard Webhooks' recommendation)
 * of {@code id}, {@code eventType}, {@code generatedDate} and the event type's {@code payload}
 * ({@link EventPayloads}). The event types the sandbox sends are named here once.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "eventType", "generatedDate", "payload"})
public record WebhookEvent(String id, String eventType, Instant generatedDate, Object payload) {

    public static final String CUSTOMERS_WRITE_SUCCESSFUL = "customers.write.successful";
    public static final String CUSTOMERS_WRITE_UNSUCCESSFUL = "customers.write.unsuccessful";
    public static final String COMPANY_CREATED = "company.created";
    public static final String READ_COMPLETED = "read.completed";
    public static final String RATE_LIMIT_REACHED = "client.rateLimit.reached";
    public static final String RATE_LIMIT_RESET = "client.rateLimit.reset";

    /** Every event type the sandbox sends, in the order docs/webhooks.md describes them. */
    public static final List<String> TYPES = List.of(CUSTOMERS_WRITE_SUCCESSFUL, CUSTOMERS_WRITE_UNSUCCESSFUL,
            COMPANY_CREATED, READ_COMPLETED, RATE_LIMIT_REACHED, RATE_LIMIT_RESET);
}
