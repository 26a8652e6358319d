package dev.codatsandbox.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Codat's {@code metadata} of a record: whether the record has been deleted in the accounting software. */
@RegisterForReflection
public record Metadata(Boolean isDeleted) {

    public static final Metadata DELETED = new Metadata(true);
    public static final Metadata NOT_DELETED = new Metadata(false);
}
