package dev.codatsandbox.companies;

import dev.codatsandbox.fixturefiles.FixtureReader;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Status;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export of a company changed at run time (a stated customer replaced, a generated one replaced, one added) loads
 * back to the same customers in the same places and exports to the same bytes, expanded or not.
 */
@QuarkusTest
class FixtureWriterTest {

    @Inject
    CompanyDirectory companies;

    @Inject
    FixtureReader reader;

    @Inject
    FixtureWriter writer;

    @AfterEach
    void dropChanges() {
        companies.reset();
    }

    private byte[] export(CompanyData company, boolean expand) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(company, expand, out);
        return out.toByteArray();
    }

    private static Customer named(String id, String name) {
        return new Customer(id, name, null, null, "EUR", null, List.of(), List.of(), null, null, Status.Active, null,
                null, null, null);
    }

    @Test
    void aCompanyChangedAtRunTimeRoundTripsThroughItsExport() throws IOException {
        String file = """
                {"id": "writer-test", "customers": [{"id": "s-1", "status": "Active"}, {"id": "s-2", "status": "Unknown"}],
                 "generated": {"count": 4, "seed": 3}}
                """;
        companies.put(reader.read("writer-test.json", file.getBytes()).fixture());
        CompanyData company = companies.hold("writer-test").orElseThrow();
        String generatedId = company.customers().get(3).id();
        company.put(named("s-2", "Stated, changed"));
        company.put(named(generatedId, "Generated, changed"));
        company.put(named("added-1", "Added"));

        for (boolean expand : List.of(false, true)) {
            byte[] exported = export(company, expand);
            FixtureReader.Result loaded = reader.read("export.json", exported);
            assertEquals(List.of(), loaded.problems());
            CompanyData reloaded = companies.company(loaded.fixture());

            assertEquals(List.copyOf(company.customers()), List.copyOf(reloaded.customers()));
            assertArrayEquals(exported, export(reloaded, expand));
        }
        String compact = new String(export(company, false), StandardCharsets.UTF_8);
        assertTrue(compact.contains("\"customersAfterGenerated\": [\n    {\n      \"id\": \"" + generatedId + "\""),
                compact);
        assertEquals("Generated, changed", companies.find("writer-test").orElseThrow().customers().get(3)
                .customerName());
    }
}
