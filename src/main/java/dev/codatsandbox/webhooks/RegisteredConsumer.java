package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/**
 * A webhook consumer as the sandbox keeps it and its admin API shows it: Codat's fields, then the signing
 * {@code secret} (Codat shows it only in its portal) and where the consumer came from ({@code source}:
 * {@code configuration}, {@code platform-api} or {@code admin}).
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "url", "disabled", "eventTypes", "companyTags", "companyId", "secret", "source"})
public record RegisteredConsumer(
        String id,
        String url,
        boolean disabled,
        List<String> eventTypes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> companyTags,
        @JsonInclude(JsonInclude.Include.NON_NULL) String companyId,
        String secret,
        String source) {

    public static final String CONFIGURATION = "configuration";
    public static final String PLATFORM_API = "platform-api";
    public static final String ADMIN = "admin";

    /** As Codat's Platform API shows it. */
    public WebhookConsumer codat() {
        return new WebhookConsumer(id, url, disabled, eventTypes, companyTags, companyId);
    }

    /**
     * Whether an event of this type, about this company (null for none) with these tags, is sent here: the consumer
     * is enabled, the type is one of its {@code eventTypes} (none means every type, as with Svix), its
     * {@code companyId}, when set, is the event's company, and one of its {@code companyTags}, when it has any, is
     * one of the company's tags written {@code tagKey:tagValue} (case-sensitive, as Codat's).
     */
    @JsonIgnore
    public boolean wants(String eventType, String company, Map<String, String> tags) {
        return !disabled && (eventTypes.isEmpty() || eventTypes.contains(eventType))
                && (companyId == null || companyId.equalsIgnoreCase(company))
                && (companyTags == null || companyTags.isEmpty() || tags.entrySet().stream()
                .anyMatch(tag -> companyTags.contains(tag.getKey() + ":" + tag.getValue())));
    }
}
