package dev.codatsandbox.attachments;

import dev.codatsandbox.model.Attachment;

/** One attachment of a customer: what Codat's API says of it, and its bytes. */
public record CustomerAttachment(Attachment attachment, AttachmentContent content) {

    public String id() {
        return attachment.id();
    }
}
