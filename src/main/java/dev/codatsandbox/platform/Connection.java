package dev.codatsandbox.platform;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/** Codat's {@code Connection}: a company's link to one data source, here the sandbox's accounting platform. */
@RegisterForReflection
@JsonPropertyOrder({"id", "integrationId", "integrationKey", "sourceId", "platformName", "linkUrl", "status",
        "lastSync", "created", "sourceType"})
public record Connection(
        String id,
        String integrationId,
        String integrationKey,
        String sourceId,
        String platformName,
        String linkUrl,
        String status,
        Instant lastSync,
        Instant created,
        String sourceType) {
}
