package dev.codatsandbox.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.model.CompanyReference;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Codat's Platform {@code Company}: a business sharing its data, with its data connections. Fields in the order of
 * Codat's examples of it. {@code description} and {@code referenceParentCompany} are left out when the company has
 * none, as Codat's examples show (its schema gives them by reference, which does not let them be null);
 * {@code lastSync} and {@code createdByUserName} may be null; {@code tags} is an object (empty when none) and the
 * lists are never null.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "name", "description", "redirect", "lastSync", "dataConnections", "created",
        "createdByUserName", "products", "tags", "referenceParentCompany", "referenceSubsidiaryCompanies"})
public record Company(
        String id,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        String redirect,
        Instant lastSync,
        List<Connection> dataConnections,
        Instant created,
        String createdByUserName,
        List<String> products,
        Map<String, String> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) CompanyReference referenceParentCompany,
        List<CompanyReference> referenceSubsidiaryCompanies) {

    public Company {
        dataConnections = List.copyOf(dataConnections);
        products = List.copyOf(products);
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        referenceSubsidiaryCompanies = List.copyOf(referenceSubsidiaryCompanies);
    }
}
