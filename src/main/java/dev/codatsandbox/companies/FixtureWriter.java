package dev.codatsandbox.companies;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codatsandbox.attachments.AttachmentContent;
import dev.codatsandbox.attachments.CustomerAttachment;
import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.model.CompanyProfile;
import dev.codatsandbox.model.Customer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a company's current customers as a fixture file, which loads back to the same answers from the API.
 *
 * <p>Byte-stable: fields in a fixed order, customers exactly as the API serves them (same mapper), two-space
 * indentation, {@code \n} line ends on every platform and a final line end. Generated customers are written as
 * {@code "generated": {"count", "seed"}} (a company of millions of customers is a few lines) unless
 * {@code expand} asks for every customer written out, which freezes them against a later generator. Customers
 * that run-time changes put in place of generated ones, and those added after them, go in
 * {@code customersAfterGenerated}. What Codat's {@code Company} says of the company is written field by field, and
 * the stated attachments (with every customer's, when expanded) after the customers. The output is streamed, so
 * expanding a large company holds no list in memory.
 */
@ApplicationScoped
public class FixtureWriter {

    private final ObjectMapper mapper;

    FixtureWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(CompanyData company, boolean expand, OutputStream out) throws IOException {
        CustomerList list = company.customers();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("id", company.id());
            profile(json, company.profile());
            CustomerGenerator generator = list.generator();
            if (expand || generator == null) {
                customers(json, "customers", list);
            } else {
                customers(json, "customers", list.subList(0, list.statedCount()));
                json.writeObjectFieldStart("generated");
                json.writeNumberField("count", list.generatedCount());
                json.writeNumberField("seed", generator.seed());
                json.writeEndObject();
                List<Customer> after = new ArrayList<>(list.replacedGenerated());
                after.addAll(list.appended());
                if (!after.isEmpty()) {
                    customers(json, "customersAfterGenerated", after);
                }
            }
            attachments(json, company, expand ? list : List.of());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** What Codat's {@code Company} says of it, every field written out, so that it loads back the same. */
    private void profile(JsonGenerator json, CompanyProfile profile) throws IOException {
        json.writeStringField("name", profile.name());
        json.writeStringField("description", profile.description());
        json.writeFieldName("created");
        mapper.writeValue(json, profile.created());
        json.writeStringField("createdByUserName", profile.createdByUserName());
        json.writeFieldName("products");
        mapper.writeValue(json, profile.products());
        json.writeFieldName("tags");
        mapper.writeValue(json, profile.tags());
        json.writeFieldName("referenceParentCompany");
        mapper.writeValue(json, profile.referenceParentCompany());
        json.writeFieldName("referenceSubsidiaryCompanies");
        mapper.writeValue(json, profile.referenceSubsidiaryCompanies());
    }

    /**
     * The stated attachments, by customer id, and, when {@code expanded} lists every customer, those generated for
     * them. A file of the fixture folder is named by its {@code file}; bytes held in memory are written in base64.
     */
    private void attachments(JsonGenerator json, CompanyData company, List<Customer> expanded) throws IOException {
        Map<String, List<CustomerAttachment>> all = new LinkedHashMap<>(company.statedAttachments());
        for (Customer customer : expanded) {
            if (!all.containsKey(customer.id())) {
                company.attachments(customer.id()).filter(a -> !a.isEmpty()).ifPresent(a -> all.put(customer.id(), a));
            }
        }
        if (all.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("attachments");
        for (Map.Entry<String, List<CustomerAttachment>> customer : all.entrySet()) {
            json.writeArrayFieldStart(customer.getKey());
            for (CustomerAttachment attachment : customer.getValue()) {
                ObjectNode node = mapper.valueToTree(attachment.attachment());
                if (attachment.content() instanceof AttachmentContent.OnDisk onDisk) {
                    node.put("file", onDisk.file());
                } else if (attachment.content() instanceof AttachmentContent.InMemory inMemory) {
                    node.put("contentBase64", Base64.getEncoder().encodeToString(inMemory.bytes()));
                }
                mapper.writeTree(json, node);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void customers(JsonGenerator json, String field, List<Customer> customers) throws IOException {
        json.writeArrayFieldStart(field);
        for (Customer customer : customers) {
            mapper.writeValue(json, customer);
        }
        json.writeEndArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
