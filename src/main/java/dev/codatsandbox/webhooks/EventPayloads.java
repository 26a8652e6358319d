package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.model.CompanyReference;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code payload} of each event type, as Codat's Platform OpenAPI ({@code webhooks:} section) gives it: field
 * names, order and nesting are Codat's ({@code referenceCompany} is the Platform's {@link CompanyReference}). Nested
 * records, as they are only ever written as part of an event.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** Codat's {@code dataTypeWriteWebhookPayload}: {@code {dataType}.write.successful} and {@code .unsuccessful}. */
    @RegisterForReflection
    @JsonPropertyOrder({"id", "type", "referenceCompany", "connectionId", "requestedOnDate", "completedOnDate",
            "status", "record", "attachmentId"})
    public record Write(String id, String type, CompanyReference referenceCompany, String connectionId,
            Instant requestedOnDate, Instant completedOnDate, String status, WrittenRecord record,
            String attachmentId) {
    }

    /** Codat's {@code dataTypeWriteWebhookRecord}: the record written. */
    @RegisterForReflection
    public record WrittenRecord(String id) {
    }

    /**
     * Codat's {@code companyDetails}: the payload of {@code company.created}; {@code description} and
     * {@code referenceParentCompany} left out when the company has none, as the Platform's {@code Company} does.
     */
    @RegisterForReflection
    @JsonPropertyOrder({"id", "name", "description", "redirect", "lastSync", "created", "createdByUserName",
            "products", "tags", "referenceParentCompany", "referenceSubsidiaryCompanies"})
    public record CompanyDetails(String id, String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description, String redirect, Instant lastSync,
            Instant created, String createdByUserName, List<String> products, Map<String, String> tags,
            @JsonInclude(JsonInclude.Include.NON_NULL) CompanyReference referenceParentCompany,
            List<CompanyReference> referenceSubsidiaryCompanies) {
    }

    /** Codat's {@code readCompletedWebhookPayload}: the payload of {@code read.completed}. */
    @RegisterForReflection
    @JsonPropertyOrder({"referenceCompany", "modifiedFromDate", "dataTypes"})
    public record ReadCompleted(CompanyReference referenceCompany, Instant modifiedFromDate,
            List<DataTypeRead> dataTypes) {
    }

    /** Codat's {@code dataTypeReadSummary}: one data type's read. */
    @RegisterForReflection
    @JsonPropertyOrder({"connectionId", "dataType", "recordsModified", "status", "issues"})
    public record DataTypeRead(String connectionId, String dataType, boolean recordsModified, String status,
            List<Object> issues) {
    }

    /** Codat's {@code clientRateLimitWebhookPayload}: {@code client.rateLimit.reached} and {@code .reset}. */
    @RegisterForReflection
    @JsonPropertyOrder({"dailyQuota", "quotaRemaining", "expiryDate"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RateLimit(int dailyQuota, int quotaRemaining, Instant expiryDate) {
    }
}
