package dev.codatsandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Map;

/**
 * Codat's {@code Company/definitions/companyReference}: another company named by a company, as its parent or one of
 * its subsidiaries. {@code description} and {@code tags} are left out when absent, as Codat's examples show them.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "name", "description", "links", "tags"})
public record CompanyReference(
        String id,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        Links links,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> tags) {

    /** Codat's portal address of a company's page. */
    public static String portal(String companyId) {
        return "https://app.codat.io/companies/" + companyId + "/summary";
    }

    /** A reference to this company, with the link to its page in Codat's portal. */
    public static CompanyReference to(String id, String name) {
        return new CompanyReference(id, name, null, new Links(portal(id)), Map.of());
    }

    public CompanyReference {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** The reference's {@code links}: the company's page in Codat's portal. */
    @RegisterForReflection
    public record Links(String portal) {
    }
}
