package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * Codat's {@code WebhookConsumer}: an HTTP endpoint subscribed to event types, as Codat's Platform API shows it
 * ({@code GET /webhooks}). {@code companyTags} and {@code companyId} (the scope Codat's schema had before company
 * tags, kept beside them for scoping to one company) appear only when the consumer was given them.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "url", "disabled", "eventTypes", "companyTags", "companyId"})
public record WebhookConsumer(
        String id,
        String url,
        boolean disabled,
        List<String> eventTypes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> companyTags,
        @JsonInclude(JsonInclude.Include.NON_NULL) String companyId) {
}
