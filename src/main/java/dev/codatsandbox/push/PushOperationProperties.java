package dev.codatsandbox.push;

import dev.codatsandbox.query.PropertyTable;

/**
 * The properties of a {@link PushOperation} that {@code query} and {@code orderBy} on
 * {@code GET /companies/{companyId}/push} know, in the order of its wire fields.
 */
public final class PushOperationProperties {

    public static final PropertyTable<PushOperation> TABLE = PropertyTable.<PushOperation>builder()
            .array("changes")
            .string("dataType", PushOperation::dataType)
            .string("companyId", PushOperation::companyId)
            .string("pushOperationKey", PushOperation::pushOperationKey)
            .string("dataConnectionKey", PushOperation::dataConnectionKey)
            .date("requestedOnUtc", PushOperation::requestedOnUtc)
            .date("completedOnUtc", PushOperation::completedOnUtc)
            .number("timeoutInMinutes", PushOperation::timeoutInMinutes)
            .enumeration("status", PushOperationStatus.values(), PushOperation::status)
            .string("errorMessage", PushOperation::errorMessage)
            .opaque("validation")
            .number("statusCode", PushOperation::statusCode)
            .build();

    private PushOperationProperties() {
    }
}
