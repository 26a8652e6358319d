package dev.codatsandbox.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** Codat's {@code AttachmentsDataset}: the attachments of one record, never null (empty when it has none). */
@RegisterForReflection
public record AttachmentsDataset(List<Attachment> attachments) {

    public AttachmentsDataset {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
