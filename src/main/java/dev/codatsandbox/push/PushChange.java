package dev.codatsandbox.push;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Codat's {@code pushOperationChange}: which record a successful push operation created or modified. */
@RegisterForReflection
@JsonPropertyOrder({"type", "recordRef", "attachmentId"})
public record PushChange(String type, RecordRef recordRef, String attachmentId) {

    /** Codat's {@code pushOperationRef}. */
    @RegisterForReflection
    @JsonPropertyOrder({"id", "dataType"})
    public record RecordRef(String id, String dataType) {
    }
}
