package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.testing.OddInputs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated fixture files, mutated from the shipped examples, built as random JSON from the fixture's own field
 * names, or random bytes that are not UTF-8: reading one never throws, and gives either a company and no problem,
 * or no company and at least one problem, each with a JSON path and a sentence.
 */
@QuarkusTest
class FixtureReaderPropertyTest {

    static final String README_EXAMPLE = """
            {
              "id": "acme-test",
              "name": "Acme Test Ltd",
              "customers": [
                {"id": "C-1", "customerName": "Müller & Söhne GmbH", "defaultCurrency": "EUR", "status": "Active"},
                {"id": "C-2", "status": "Archived", "metadata": {"isDeleted": true}}
              ],
              "generated": {"count": 100, "seed": 7}
            }""";

    @Inject
    FixtureReader reader;

    @Test
    void generatedFixturesGiveACompanyOrProblemsAndNeverAnException() throws IOException {
        List<String> examples = new ArrayList<>(List.of(README_EXAMPLE));
        for (String file : List.of("acme-edge-cases.json", "kobe-trading.json")) {
            examples.add(Files.readString(Path.of("fixtures", file)));
        }
        List<String> keys = new ArrayList<>(FixtureReader.FILE_FIELDS);
        for (Set<String> fields : List.of(FixtureReader.GENERATED_FIELDS, FixtureReader.CUSTOMER_FIELDS,
                FixtureReader.ADDRESS_FIELDS, FixtureReader.CONTACT_FIELDS, FixtureReader.PHONE_FIELDS,
                FixtureReader.METADATA_FIELDS, FixtureReader.SUPPLEMENTAL_FIELDS)) {
            keys.addAll(fields);
        }
        List<String> words = List.of("acme", "C-1", "..", "a/b", "Active", "Archived", "Unknown", "Billing", "Mobile",
                "EUR", "usd", "2022-10-23T00:00:00Z", "2022-10-23", "2022-13-45T25:61:61Z", "+30 21 0123 4567", "",
                "x".repeat(101));
        OddInputs inputs = OddInputs.around(41, examples, keys).atMost(40_000);
        List<byte[]> files = new ArrayList<>();
        inputs.draw(1_500).forEach(text -> files.add(text.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 1_500; i++) {
            files.add(inputs.json(keys, words, 1 + i % 6).getBytes(StandardCharsets.UTF_8));
        }
        Random random = new Random(OddInputs.SEED);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = examples.get(i % examples.size()).getBytes(StandardCharsets.UTF_8);
            for (int j = 0; j < 1 + random.nextInt(4); j++) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            files.add(bytes);
        }

        for (byte[] file : files) {
            FixtureReader.Result result;
            try {
                result = reader.read("generated.json", file);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("FixtureReader.read threw on " + escaped(file) + " (seed " + OddInputs.SEED
                        + ")", e);
            }
            if (result.fixture() != null) {
                assertEquals(List.of(), result.problems(), escaped(file));
                continue;
            }
            assertNull(result.fixture());
            assertFalse(result.problems().isEmpty(), escaped(file));
            for (FixtureProblem problem : result.problems()) {
                assertEquals("generated.json", problem.file());
                assertTrue(problem.path().startsWith("$"), problem + " for " + escaped(file));
                assertNotNull(problem.validatorName(), problem + " for " + escaped(file));
                assertTrue(problem.message().endsWith(".") && problem.message().length() > 1,
                        problem + " for " + escaped(file));
            }
        }
    }

    private static String escaped(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return OddInputs.escaped(text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
