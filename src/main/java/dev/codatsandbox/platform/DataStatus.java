package dev.codatsandbox.platform;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/** Codat's {@code DataStatus}: the state of one data type in Codat's cache for a company. */
@RegisterForReflection
@JsonPropertyOrder({"dataType", "lastSuccessfulSync", "currentStatus", "latestSyncId", "latestSuccessfulSyncId"})
public record DataStatus(
        String dataType,
        Instant lastSuccessfulSync,
        String currentStatus,
        String latestSyncId,
        String latestSuccessfulSyncId) {
}
