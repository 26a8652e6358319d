package dev.codatsandbox.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Codat's {@code Company} says of a company besides its id and its connections: its name, description, when
 * and by whom it was created, its products and tags, and the companies it belongs to or owns. Generated from the
 * seed for configured and first-use companies, stated (or generated) for fixture companies; tags keep the order
 * they were given in.
 */
public record CompanyProfile(
        String name,
        String description,
        Instant created,
        String createdByUserName,
        List<String> products,
        Map<String, String> tags,
        CompanyReference referenceParentCompany,
        List<CompanyReference> referenceSubsidiaryCompanies) {

    public CompanyProfile {
        products = products == null ? List.of() : List.copyOf(products);
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        referenceSubsidiaryCompanies = referenceSubsidiaryCompanies == null ? List.of()
                : List.copyOf(referenceSubsidiaryCompanies);
    }

    /** This profile with another name. */
    public CompanyProfile named(String newName) {
        return new CompanyProfile(newName, description, created, createdByUserName, products, tags,
                referenceParentCompany, referenceSubsidiaryCompanies);
    }
}
