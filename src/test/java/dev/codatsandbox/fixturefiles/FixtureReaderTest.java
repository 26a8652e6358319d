package dev.codatsandbox.fixturefiles;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What makes one fixture file invalid: each rule broken alone, then several at once. */
@QuarkusTest
class FixtureReaderTest {

    static final Path INVALID = Path.of("src/test/resources/fixtures/invalid");

    @Inject
    FixtureReader reader;

    private FixtureReader.Result read(String file) throws IOException {
        return reader.read(file, Files.readAllBytes(INVALID.resolve(file)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            syntax.json                 | $                              | is not valid JSON at line 4, column 36: Unexpected character ('}' (code 125)): was expecting double-quote to start field name.
            duplicate-key.json          | $                              | is not valid JSON at line 3, column 7: Duplicate field 'id'.
            not-an-object.json          | $                              | `must be a JSON object with at least an "id".`
            empty.json                  | $                              | `is empty: a fixture is a JSON object with at least an "id".`
            missing-id.json             | $.id                           | is required: the company id, text of 1 to 100 letters, digits, '.', '_', '~' or '-'.
            id-with-slash.json          | $.id                           | 'a/b' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            id-dot-dot.json             | $.id                           | '..' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            id-backslash.json           | $.id                           | '..\\secrets' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            unknown-file-field.json     | $.customer                     | is not a field of a fixture file.
            name-not-text.json          | $.name                         | must be text.
            customers-not-array.json    | $.customers                    | `must be an array of customers, as the API serves them in "results".`
            customer-not-object.json    | $.customers[0]                 | must be a customer object.
            missing-status.json         | $.customers[0].status          | is required: one of Unknown, Active, Archived.
            bad-status.json             | $.customers[0].status          | 'Gone' is not one of Unknown, Active, Archived.
            lower-case-status.json      | $.customers[0].status          | 'active' is not one of Unknown, Active, Archived.
            blank-customer-id.json      | $.customers[0].id              | is required and must not be blank.
            missing-customer-id.json    | $.customers[0].id              | is required and must not be blank.
            duplicate-customer-id.json  | $.customers[2].id              | '1' is already the id of $.customers[0]: customer ids must be unique within a company.
            bad-currency.json           | $.customers[0].defaultCurrency | must be an ISO 4217 currency code such as USD.
            lower-case-currency.json    | $.customers[0].defaultCurrency | must be an ISO 4217 currency code such as USD.
            bad-date.json               | $.customers[0].modifiedDate    | must be an ISO 8601 date and time such as 2022-10-23T00:00:00Z.
            date-only.json              | $.customers[0].sourceModifiedDate | must be an ISO 8601 date and time such as 2022-10-23T00:00:00Z.
            bad-address-type.json       | $.customers[0].addresses[1].type | 'Home' is not one of Unknown, Billing, Delivery.
            missing-address-type.json   | $.customers[0].addresses[0].type | is required: one of Unknown, Billing, Delivery.
            bad-phone-type.json         | $.customers[0].contacts[0].phone[0].type | 'Pager' is not one of Primary, Landline, Mobile, Fax, Unknown.
            missing-contact-status.json | $.customers[0].contacts[0].status | is required: one of Unknown, Active, Archived.
            bad-contact-address.json    | $.customers[0].contacts[0].address.type | 'Office' is not one of Unknown, Billing, Delivery.
            unknown-customer-field.json | $.customers[0].customerNmae    | is not a field of Codat's Customer.
            unknown-address-field.json  | $.customers[0].addresses[0].postcode | is not a field of Codat's Address.
            addresses-not-array.json    | $.customers[0].addresses       | must be an array.
            metadata-not-boolean.json   | $.customers[0].metadata.isDeleted | must be true, false or null.
            negative-count.json         | $.generated.count              | is required: a whole number from 0 to 100000000.
            missing-count.json          | $.generated.count              | is required: a whole number from 0 to 100000000.
            too-many-generated.json     | $.generated.count              | is required: a whole number from 0 to 100000000.
            seed-not-number.json        | $.generated.seed               | must be a whole number (a 64-bit seed).
            after-repeats-stated.json   | $.customersAfterGenerated[0].id | '1' is already the id of $.customers[0]: a stated customer is changed in $.customers itself.
            """)
    void eachBrokenRuleIsReportedWithFilePathAndMessage(String file, String path, String message) throws IOException {
        FixtureReader.Result result = read(file);

        assertNull(result.fixture());
        assertEquals(List.of(new FixtureProblem(file, path, message, result.problems().get(0).validatorName())),
                result.problems());
    }

    @Test
    void idTooLongIsNotUsableInAUrl() throws IOException {
        FixtureReader.Result result = read("id-too-long.json");

        assertEquals(1, result.problems().size());
        assertEquals("$.id", result.problems().get(0).path());
        assertTrue(result.problems().get(0).message().endsWith("is not usable in a URL path: use 1 to 100 letters,"
                + " digits, '.', '_', '~' or '-', and not '.' or '..' alone."));
    }

    @Test
    void everyProblemOfAFileIsListedInDocumentOrder() {
        String file = """
                {"id": "bad customers", "extra": true,
                 "customers": [
                   {"id": "1", "status": "Activ", "defaultCurrency": "EURO"},
                   {"id": "1", "customerName": "No status", "modifiedDate": "2024-13-01"},
                   {"id": "3", "status": "Active", "contacts": [{"status": "Active", "phone": [{"type": "Pager"}]}]}
                 ],
                 "generated": {"count": -5}}
                """;

        List<String> problems = reader.read("bad.json", file.getBytes()).problems().stream()
                .map(FixtureProblem::toString).toList();

        assertEquals(List.of(
                "bad.json: $.id: 'bad customers' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_',"
                        + " '~' or '-', and not '.' or '..' alone.",
                "bad.json: $.customers[0].defaultCurrency: must be an ISO 4217 currency code such as USD.",
                "bad.json: $.customers[0].status: 'Activ' is not one of Unknown, Active, Archived.",
                "bad.json: $.customers[1].id: '1' is already the id of $.customers[0]: customer ids must be unique"
                        + " within a company.",
                "bad.json: $.customers[1].modifiedDate: must be an ISO 8601 date and time such as"
                        + " 2022-10-23T00:00:00Z.",
                "bad.json: $.customers[1].status: is required: one of Unknown, Active, Archived.",
                "bad.json: $.customers[2].contacts[0].phone[0].type: 'Pager' is not one of Primary, Landline, Mobile,"
                        + " Fax, Unknown.",
                "bad.json: $.generated.count: is required: a whole number from 0 to 100000000.",
                "bad.json: $.extra: is not a field of a fixture file."), problems);
    }

    @Test
    void datesWithAnOffsetOrNoneAreReadAsInstantsInUtc() {
        String file = """
                {"id": "dates", "customers": [
                  {"id": "1", "status": "Active", "modifiedDate": "2023-04-01T09:30:00+02:00",
                   "sourceModifiedDate": "2023-04-01T07:30:00"}
                ]}
                """;

        CompanyFixture fixture = reader.read("dates.json", file.getBytes()).fixture();

        assertEquals("2023-04-01T07:30:00Z", fixture.customers().get(0).modifiedDate().toString());
        assertEquals("2023-04-01T07:30:00Z", fixture.customers().get(0).sourceModifiedDate().toString());
    }

    @Test
    void uuidCompanyIdsAreKeptInLowerCaseAndTheNameIsGeneratedWhenNotStated() {
        CompanyFixture fixture = reader.read("u.json", "{\"id\": \"ABCDEF01-2345-4678-9ABC-DEF012345678\"}".getBytes())
                .fixture();

        assertEquals("abcdef01-2345-4678-9abc-def012345678", fixture.id());
        assertEquals("Roberts, Tillman and Heathcote", fixture.name());
    }

    @Test
    void theExampleOfTheFixturesReadmeIsAValidFixture() throws IOException {
        String readme = Files.readString(Path.of("fixtures/README.md"));
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```\n", start));

        FixtureReader.Result result = reader.read("README.md", example.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("C-1", "C-2"), result.fixture().customers().stream().map(c -> c.id()).toList());
        assertEquals(100, result.fixture().generatedCount());
    }

    @Test
    void theExampleFixtureFilesAreValid() throws IOException {
        for (String file : List.of("acme-edge-cases.json", "kobe-trading.json")) {
            assertEquals(List.of(), reader.read(file, Files.readAllBytes(Path.of("fixtures", file))).problems(), file);
        }
    }
}
