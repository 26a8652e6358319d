package dev.codatsandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.codatsandbox.companies.DocumentedExample;
import dev.codatsandbox.model.Address;
import dev.codatsandbox.model.AddressType;
import dev.codatsandbox.model.Contact;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.CustomerSchema;
import dev.codatsandbox.model.Metadata;
import dev.codatsandbox.model.PhoneNumber;
import dev.codatsandbox.model.PhoneNumberType;
import dev.codatsandbox.model.SchemaFields;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written customer writer gives Jackson's bytes, or leaves the customer to Jackson. */
class CustomerJsonTest {

    static byte[] jackson(Customer customer) throws IOException {
        return PageBytesTest.PLAIN_JACKSON.writeValueAsBytes(customer);
    }

    static void sameAsJackson(Customer customer) throws IOException {
        byte[] written = CustomerJson.bytes(customer);
        assertNotNull(written, () -> "written by hand: " + customer);
        assertArrayEquals(jackson(customer), written, () -> new String(written, StandardCharsets.UTF_8));
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
    void fixtureCustomersAreJacksonsBytesOrLeftToJackson() throws IOException {
        List<Customer> customers = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : PageBytesTest.PLAIN_JACKSON.readTree(file.toFile()).path("customers")) {
                    customers.add(PageBytesTest.PLAIN_JACKSON.treeToValue(node, Customer.class));
                }
            }
        }
        assertTrue(customers.size() >= 5, "the fixture folder's customers: " + customers.size());
        for (Customer customer : customers) {
            byte[] written = CustomerJson.bytes(customer);
            if (customer.supplementalData() == null) {
                sameAsJackson(customer);
            } else {
                assertNull(written, "supplemental data is Jackson's to write");
            }
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
        java.util.Random random = new java.util.Random(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("2000-02-29T00:00:00Z"), Instant.parse("1999-12-31T23:59:59Z"),
                Instant.ofEpochSecond(253_402_300_800L), Instant.ofEpochSecond(-1), Instant.ofEpochSecond(-86_401),
                Instant.ofEpochSecond(1_700_000_000, 500), Instant.ofEpochSecond(1_700_000_000, 120_000_000)));
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
            "\u07ff\u0800\uffef"})
    void stringsAreEscapedAndEncodedAsJacksonDoes(String text) throws IOException {
        Address address = new Address(AddressType.Billing, text, text, text, text, text, text);
        Contact contact = new Contact(text, text, List.of(new PhoneNumber(text, PhoneNumberType.Mobile)), address,
                Status.Active, Instant.parse("2023-05-06T07:08:09Z"));
        sameAsJackson(new Customer(text, text, text, text, text, text, List.of(address), List.of(contact), text, text,
                Status.Active, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "nul\u0000", "del\u007f", "emoji \ud83d\ude00",
            "lone \ud800 surrogate", "bell\u0007"})
    void stringsJacksonEscapesByRulesOfItsOwnAreLeftToIt(String text) throws IOException {
        Customer customer = new Customer("c", text, null, null, null, null, List.of(), List.of(), null, null,
                Status.Active, null, null, null, null);
        assertNull(CustomerJson.bytes(customer), text);
        CustomerBytes bytes = new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 0);
        assertArrayEquals(jackson(customer), bytes.serialise(customer), "the fallback is Jackson's bytes");
    }

    @Test
    void aCustomerWithEveryFieldIsWrittenWithTheSchemasFieldsInItsOrder() throws IOException {
        byte[] written = CustomerJson.bytes(SchemaFields.fullyPopulated(false));

        assertNotNull(written);
        SchemaFields.assertAsSchema(PageBytesTest.PLAIN_JACKSON.readTree(written), CustomerSchema.CUSTOMER, "",
                Set.of("supplementalData"));
        assertNull(CustomerJson.bytes(SchemaFields.fullyPopulated(true)), "supplemental data is Jackson's to write");
    }

    @Test
    void supplementalDataIsLeftToJackson() throws IOException {
        Customer customer = new Customer("c", "n", null, null, null, null, List.of(), List.of(), null, null,
                Status.Active, null, new SupplementalData(Map.of("k", TextNode.valueOf("v"))), null, null);
        assertNull(CustomerJson.bytes(customer));
        assertArrayEquals(jackson(customer), new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 0).serialise(customer));
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
        linkSets.add(null);
        int[][] numbers = {{1, 100, 0}, {7, 5000, Integer.MAX_VALUE}, {-3, 1, Integer.MIN_VALUE}, {10, 10, 99}};
        for (Links links : linkSets) {
            for (int[] n : numbers) {
                Page<Customer> page = new Page<>(List.of(), n[0], n[1], n[2], links);
                byte[] written = CustomerJson.envelope(page);
                assertArrayEquals(PageBytesTest.PLAIN_JACKSON.writeValueAsBytes(page), written,
                        () -> new String(written, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void anEnvelopeWithALinkJacksonEscapesByRulesOfItsOwnOrAPageWithResultsIsLeftToJackson() throws IOException {
        Links links = new Links(new Link("/companies/c/data/customers?page=1\n"), new Link("/"), null, null);
        Page<Customer> page = new Page<>(List.of(), 1, 100, 0, links);
        assertNull(CustomerJson.envelope(page));
        assertArrayEquals(PageBytesTest.PLAIN_JACKSON.writeValueAsBytes(page),
                new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 0).serialise(page), "the fallback is Jackson's bytes");
        assertNull(CustomerJson.envelope(new Page<>(List.of(DocumentedExample.customer()), 1, 100, 1,
                new Links(new Link("/"), new Link("/"), null, null))));
    }
}
