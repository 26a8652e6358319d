package dev.codatsandbox.fixturefiles;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.model.CompanyIds;
import dev.codatsandbox.model.CompanyProfile;
import dev.codatsandbox.model.CompanyReference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a fixture states of its company as Codat's {@code Company} has it: {@code name}, {@code description},
 * {@code created}, {@code createdByUserName}, {@code products}, {@code tags}, {@code referenceParentCompany} and
 * {@code referenceSubsidiaryCompanies}. A field the file leaves out keeps the value generated for the company (as a
 * configured company has it); one it states replaces it, checked against Codat's schema (tags: at most 10, keys of 1
 * to 27 characters, values of at most 100; references: an id usable in a URL).
 */
final class FixtureProfile extends FixtureFields {

    /** The file's fields that state the company's profile. */
    static final List<String> FIELDS = List.of("name", "description", "created", "createdByUserName", "products",
            "tags", "referenceParentCompany", "referenceSubsidiaryCompanies");
    static final Set<String> REFERENCE_FIELDS = Set.of("id", "name", "description", "links", "tags");
    private static final int MAX_TAGS = 10;
    private static final int MAX_TAG_KEY = 27;
    private static final int MAX_TAG_VALUE = 100;

    FixtureProfile(String file, List<FixtureProblem> problems) {
        super(file, problems);
    }

    /** The generated profile with every field the file states put in its place. */
    CompanyProfile read(JsonNode root, CompanyProfile generated) {
        String name = text("$.name", root.get("name"), "must be text.");
        if (name == null) {
            name = generated.name();
        }
        String description = root.has("description")
                ? text("$.description", root.get("description"), "must be text or null.") : generated.description();
        Instant created = root.has("created") ? date("$.created", root.get("created"), true) : generated.created();
        String user = root.has("createdByUserName")
                ? text("$.createdByUserName", root.get("createdByUserName"), "must be text or null.")
                : generated.createdByUserName();
        List<String> products = root.has("products") ? products(root.get("products")) : generated.products();
        Map<String, String> tags = root.has("tags") ? tags("$.tags", root.get("tags")) : generated.tags();
        CompanyReference parent = root.has("referenceParentCompany")
                ? reference("$.referenceParentCompany", root.get("referenceParentCompany"), true)
                : generated.referenceParentCompany();
        List<CompanyReference> subsidiaries = root.has("referenceSubsidiaryCompanies")
                ? references(root.get("referenceSubsidiaryCompanies")) : generated.referenceSubsidiaryCompanies();
        return new CompanyProfile(name, description, created, user, products, tags, parent, subsidiaries);
    }

    private List<String> products(JsonNode node) {
        List<String> products = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problem("$.products", "must be an array of product names such as [\"lending\"].", "JsonType");
            return products;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual() || node.get(i).textValue().isBlank()) {
                problem("$.products[" + i + "]", "must be a product name (text).", "JsonType");
            } else {
                products.add(node.get(i).textValue());
            }
        }
        return products;
    }

    private Map<String, String> tags(String path, JsonNode node) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (!node.isObject()) {
            problem(path, "must be an object of text values such as {\"region\": \"uk\"}.", "JsonType");
            return tags;
        }
        if (node.size() > MAX_TAGS) {
            problem(path, "has " + node.size() + " tags; Codat allows at most " + MAX_TAGS + ".", "Tags");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> tag = fields.next();
            String at = path + FixtureReader.field(tag.getKey());
            if (tag.getKey().isEmpty() || tag.getKey().length() > MAX_TAG_KEY) {
                problem(at, "is not a tag name: 1 to " + MAX_TAG_KEY + " characters.", "Tags");
            } else if (!tag.getValue().isTextual() || tag.getValue().textValue().length() > MAX_TAG_VALUE) {
                problem(at, "must be text of at most " + MAX_TAG_VALUE + " characters.", "Tags");
            } else {
                tags.put(tag.getKey(), tag.getValue().textValue());
            }
        }
        return tags;
    }

    private List<CompanyReference> references(JsonNode node) {
        List<CompanyReference> references = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problem("$.referenceSubsidiaryCompanies", "must be an array of company references, such as"
                    + " [{\"id\": \"acme-uk\", \"name\": \"Acme UK\"}].", "JsonType");
            return references;
        }
        for (int i = 0; i < node.size(); i++) {
            CompanyReference reference = reference("$.referenceSubsidiaryCompanies[" + i + "]", node.get(i), false);
            if (reference != null) {
                references.add(reference);
            }
        }
        return references;
    }

    private CompanyReference reference(String path, JsonNode node, boolean nullable) {
        if (node == null || node.isNull()) {
            if (!nullable) {
                problem(path, "must be a company reference, not null.", "JsonType");
            }
            return null;
        }
        if (!node.isObject()) {
            problem(path, "must be a company reference such as {\"id\": \"acme-uk\", \"name\": \"Acme UK\"}.",
                    "JsonType");
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!REFERENCE_FIELDS.contains(name)) {
                problem(path + FixtureReader.field(name), "is not a field of Codat's company reference.",
                        "UnknownField");
            }
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || !CompanyIds.usableInUrl(id.textValue())) {
            problem(path + ".id", "is required: a company id of 1 to 100 letters, digits, '.', '_', '~' or '-'.",
                    "CompanyId");
            return null;
        }
        String companyId = CompanyIds.normalise(id.textValue());
        String name = text(path + ".name", node.get("name"), "must be text or null.");
        String description = text(path + ".description", node.get("description"), "must be text or null.");
        String portal = CompanyReference.portal(companyId);
        JsonNode links = node.get("links");
        if (links != null && !links.isNull()) {
            if (!links.isObject() || links.size() != 1 || !links.has("portal") || !links.get("portal").isTextual()) {
                problem(path + ".links", "must be {\"portal\": \"https://...\"}, or be left out for Codat's portal"
                        + " page of the company.", "JsonType");
            } else {
                portal = links.get("portal").textValue();
            }
        }
        Map<String, String> tags = tags(path + ".tags", node.get("tags"));
        return new CompanyReference(companyId, name, description, new CompanyReference.Links(portal), tags);
    }
}
