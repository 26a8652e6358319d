package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a request does, as fault rules and the journal tell it from the method and path: the Customers list and get,
 * a push create, update or poll, a Platform call ({@code /companies}, connections, data status), or any.
 */
public enum Operation {
    /** {@code GET /companies/{id}/data/customers}. */
    LIST("list"),
    /** {@code GET /companies/{id}/data/customers/{customerId}}. */
    GET("get"),
    /** {@code POST /companies/{id}/connections/{cid}/push/customers}. */
    PUSH_CREATE("push-create"),
    /** {@code PUT .../push/customers/{customerId}}. */
    PUSH_UPDATE("push-update"),
    /** {@code GET /companies/{id}/push[/{key}]}. */
    PUSH_POLL("push-poll"),
    /** {@code GET /companies/{id}/connections/{cid}/data/customers/{customerId}/attachments}. */
    ATTACHMENT_LIST("attachment-list"),
    /** {@code GET .../attachments/{attachmentId}}. */
    ATTACHMENT_GET("attachment-get"),
    /** {@code GET .../attachments/{attachmentId}/download}. */
    ATTACHMENT_DOWNLOAD("attachment-download"),
    /** {@code /companies}, {@code /companies/{id}}, connections, {@code dataStatus}. */
    PLATFORM("platform"),
    /** Any of them (a rule's default). */
    ANY("any");

    private final String wire;

    Operation(String wire) {
        this.wire = wire;
    }

    /** The name on the wire. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The operation named {@code wire} on the wire. */
    @JsonCreator
    public static Operation of(String wire) {
        for (Operation operation : values()) {
            if (operation.wire.equals(wire)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown operation '" + wire + "'.");
    }
}
