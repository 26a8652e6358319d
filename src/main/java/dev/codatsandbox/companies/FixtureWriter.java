package dev.codatsandbox.companies;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.model.Customer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a company's current customers as a fixture file, which loads back to the same answers from the API.
 *
 * <p>Byte-stable: fields in a fixed order, customers exactly as the API serves them (same mapper), two-space
 * indentation, {@code \n} line ends on every platform and a final line end. Generated customers are written as
 * {@code "generated": {"count", "seed"}} (a company of millions of customers is a few lines) unless
 * {@code expand} asks for every customer written out, which freezes them against a later generator. Customers
 * that run-time changes put in place of generated ones, and those added after them, go in
 * {@code customersAfterGenerated}. The output is streamed, so expanding a large company holds no list in memory.
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
            json.writeStringField("name", company.name());
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
            json.writeEndObject();
            json.writeRaw('\n');
        }
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
