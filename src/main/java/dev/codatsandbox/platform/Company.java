package dev.codatsandbox.platform;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/** Codat's Platform {@code Company}: a business sharing its data, with its data connections. */
@RegisterForReflection
@JsonPropertyOrder({"id", "name", "description", "redirect", "lastSync", "dataConnections", "created",
        "createdByUserName", "products", "referenceSubsidiaryCompanies"})
public record Company(
        String id,
        String name,
        String description,
        String redirect,
        Instant lastSync,
        List<Connection> dataConnections,
        Instant created,
        String createdByUserName,
        List<String> products,
        List<Object> referenceSubsidiaryCompanies) {

    public Company {
        dataConnections = List.copyOf(dataConnections);
        products = List.copyOf(products);
        referenceSubsidiaryCompanies = List.copyOf(referenceSubsidiaryCompanies);
    }
}
