package dev.codatsandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.companies.DocumentedExample;
import dev.codatsandbox.model.Address;
import dev.codatsandbox.model.AddressType;
import dev.codatsandbox.model.Contact;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Metadata;
import dev.codatsandbox.model.PhoneNumber;
import dev.codatsandbox.model.PhoneNumberType;
import dev.codatsandbox.model.Status;
import dev.codatsandbox.model.SupplementalData;
import dev.codatsandbox.paging.Link;
import dev.codatsandbox.paging.Links;
import dev.codatsandbox.paging.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer writer on Jackson's streaming generator gives the ObjectMapper's bytes for every customer, those the
 * hand-written writer leaves to the mapper included. It sits beside the writer and its benchmark, compiled and run with
 * the {@code jmh} profile ({@code ./mvnw -Pjmh test -Dtest=StreamingCustomerJsonTest}), as neither is in the
 * application.
 */
class StreamingCustomerJsonTest {

    static final StreamingCustomerJson WRITER = new StreamingCustomerJson(PageBytesTest.PLAIN_JACKSON);

    static void sameAsJackson(Customer customer) throws IOException {
        byte[] written = WRITER.bytes(customer);
        assertArrayEquals(PageBytesTest.PLAIN_JACKSON.writeValueAsBytes(customer), written,
                () -> new String(written, StandardCharsets.UTF_8));
    }

    static Customer named(String text) {
        return new Customer("c", text, null, null, null, null, List.of(), List.of(), null, null, Status.Active, null,
                null, null, null);
    }

    @Test
    void generatedCustomersOfManyCompaniesAreJacksonsBytes() throws IOException {
        int written = 0;
        for (int company = 0; company < 40; company++) {
            String id = String.format("%08x-1111-4222-8333-%012x", company * 7919, company);
            for (int index = 0; index < 500; index++) {
                sameAsJackson(PageBytesTest.GENERATOR.generate(id, index));
                written++;
            }
        }
        assertEquals(20_000, written);
    }

    @Test
    void theDocumentedExampleIsJacksonsBytes() throws IOException {
        sameAsJackson(DocumentedExample.customer());
    }

    @Test
    void fixtureCustomersWithOrWithoutSupplementalDataAreJacksonsBytes() throws IOException {
        List<Customer> customers = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : PageBytesTest.PLAIN_JACKSON.readTree(file.toFile()).path("customers")) {
                    customers.add(PageBytesTest.PLAIN_JACKSON.treeToValue(node, Customer.class));
                }
            }
        }
        assertTrue(customers.size() >= 5, "the fixture folder's customers: " + customers.size());
        assertTrue(customers.stream().anyMatch(c -> c.supplementalData() != null), "a fixture has supplemental data");
        for (Customer customer : customers) {
            sameAsJackson(customer);
        }
    }

    @Test
    void absentValuesAreNullsAndAbsentMetadataIsLeftOut() throws IOException {
        sameAsJackson(new Customer(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null));
        Address empty = new Address(null, null, null, null, null, null, null);
        Contact bare = new Contact(null, null, null, null, null, null);
        Contact withEmptyPhone = new Contact(null, null, List.of(new PhoneNumber(null, null)), empty, null, null);
        sameAsJackson(new Customer("c", "n", null, null, null, null, List.of(empty, empty),
                List.of(bare, withEmptyPhone), null, null, Status.Unknown, new Metadata(null), null, null, null));
        sameAsJackson(new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                Status.Archived, Metadata.DELETED, null, Instant.parse("2024-02-29T23:59:59.5Z"),
                Instant.ofEpochSecond(0, 1)));
        sameAsJackson(new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                Status.Active, Metadata.NOT_DELETED, null, Instant.parse("2024-01-01T00:00:00.120Z"), null));
    }

    @Test
    void instantsAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("2000-02-29T00:00:00Z"), Instant.parse("1999-12-31T23:59:59Z"),
                Instant.ofEpochSecond(253_402_300_800L), Instant.ofEpochSecond(-1), Instant.ofEpochSecond(-86_401),
                Instant.ofEpochSecond(1_700_000_000, 500), Instant.ofEpochSecond(1_700_000_000, 120_000_000),
                Instant.MIN, Instant.MAX));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 253_402_300_800L)));
        }
        for (Instant instant : instants) {
            sameAsJackson(new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                    Status.Active, null, null, instant, instant));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" and backslash \\ and slash /", "Ærøskøbing Åland", "Straße 5",
            "東京都千代田区", "ŁÓDŹ", "tab-free ~ and ^ and `", "", "<script>&amp;</script>", "€ 100", "\u00a0nbsp",
            "\u07ff\u0800\uffef", "line\nbreak", "tab\there", "nul\u0000", "del\u007f", "emoji \ud83d\ude00",
            "bell\u0007", "lone \ud800 surrogate", "\udfff", "\u001f\u2028\u2029",
            "\ud83c\udff3\ufe0f\u200d\ud83c\udf08 flag"})
    void stringsAreEscapedAndEncodedAsJacksonDoes(String text) throws IOException {
        Address address = new Address(AddressType.Billing, text, text, text, text, text, text);
        Contact contact = new Contact(text, text, List.of(new PhoneNumber(text, PhoneNumberType.Mobile)), address,
                Status.Active, Instant.parse("2023-05-06T07:08:09Z"));
        sameAsJackson(new Customer(text, text, text, text, text, text, List.of(address), List.of(contact), text,
                text, Status.Active, null, null, null, null));
    }

    @Test
    void aLongStringPastTheGeneratorsBufferIsJacksonsBytes() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("Zeile ").append(i).append(" \"ü\" 東 \ud83d\ude00 \n");
        }
        sameAsJackson(named(text.toString()));
        sameAsJackson(named("short, after a long one"));
    }

    @Test
    void supplementalDataIsJacksonsBytes() throws IOException {
        JsonNode content = PageBytesTest.PLAIN_JACKSON.readTree("""
                {"b": 1, "a": {"z": [1, 2.50, -0.0, 1e400, 12345678901234567890, true, null, "x\\n\\u00e9"]},
                 "empty": {}, "list": [], "text": "\\ud83d\\ude00"}""");
        Map<String, JsonNode> data = new LinkedHashMap<>();
        data.put("zeta", content);
        data.put("alpha", content.path("a"));
        Customer customer = new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                Status.Active, Metadata.NOT_DELETED, new SupplementalData(data), Instant.EPOCH, null);
        sameAsJackson(customer);
        sameAsJackson(new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                Status.Active, null, new SupplementalData(Map.of()), null, null));
        sameAsJackson(new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                Status.Active, null, new SupplementalData(null), null, null));
    }

    @Test
    void pageEnvelopesAreJacksonsBytes() throws IOException {
        String path = "/companies/0d6a3b1e-5c0f-4b8e-9a51-2f7d0c1e9b44/data/customers";
        Link odd = new Link(path + "?page=2&query=name%3D%22O'Brien%22&x=\"quoted\" back\\slash é 中 /");
        List<Links> linkSets = new ArrayList<>();
        linkSets.add(new Links(new Link(path + "?page=1"), new Link(path), null, null));
        linkSets.add(new Links(new Link(path + "?page=2&pageSize=7"), new Link(path), new Link(path + "?page=1"),
                new Link(path + "?page=3&pageSize=7")));
        linkSets.add(new Links(odd, new Link(path), null, odd));
        linkSets.add(new Links(null, new Link(null), new Link(""), null));
        linkSets.add(new Links(new Link(path + "?page=1\n\u0001\ud800"), new Link("/"), null, null));
        linkSets.add(null);
        int[][] numbers = {{1, 100, 0}, {7, 5000, Integer.MAX_VALUE}, {-3, 1, Integer.MIN_VALUE}, {10, 10, 99}};
        for (Links links : linkSets) {
            for (int[] n : numbers) {
                Page<Customer> page = new Page<>(List.of(), n[0], n[1], n[2], links);
                byte[] written = WRITER.envelope(page);
                assertArrayEquals(PageBytesTest.PLAIN_JACKSON.writeValueAsBytes(page), written,
                        () -> new String(written, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aPageWithResultsIsLeftToTheMapper() {
        assertNull(WRITER.envelope(new Page<>(List.of(DocumentedExample.customer()), 1, 100, 1,
                new Links(new Link("/"), new Link("/"), null, null))));
    }
}
