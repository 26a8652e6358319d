package dev.codatsandbox.fixturefiles;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attachments of a fixture file, and the company's Codat fields, read all or nothing. */
@QuarkusTest
class FixtureAttachmentsTest {

    static final Path FOLDER = Path.of("src/test/resources/fixtures/with-attachments");

    @Inject
    FixtureReader reader;

    private FixtureReader.Result read(String attachment) {
        String json = "{\"id\": \"c\", \"customers\": [{\"id\": \"C-1\", \"status\": \"Active\"}],"
                + " \"attachments\": {\"C-1\": [" + attachment + "]}}";
        return reader.read("c.json", json.getBytes(StandardCharsets.UTF_8), FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "file": "acme-files/missing.pdf"}` | $.attachments.C1[0].file | 'acme-files/missing.pdf' is not a file of the fixture folder.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "file": "../with-faults-file/faults.json"}` | $.attachments.C1[0].file | '../with-faults-file/faults.json' is outside the fixture folder.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "file": "/etc/passwd"}` | $.attachments.C1[0].file | '/etc/passwd' must be a relative path with '/' between folders, inside the fixture folder.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "fileSize": 9, "file": "acme-files/statement-2024-03.csv"}` | $.attachments.C1[0].fileSize | is 9 but the attachment's bytes number 51: state the file's size, or leave fileSize out.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "contentType": "pdf", "contentBase64": "aGk="}` | $.attachments.C1[0].contentType | 'pdf' is not an IETF media type such as application/pdf or image/png.
            `{"id": "a", "dateCreated": "yesterday", "contentBase64": "aGk="}` | $.attachments.C1[0].dateCreated | must be an ISO 8601 date and time such as 2022-10-23T00:00:00Z.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z"}` | $.attachments.C1[0] | must have exactly one of file (a file of the fixture folder) and contentBase64.
            `{"id": "a/b", "dateCreated": "2024-01-01T00:00:00Z", "contentBase64": "aGk="}` | $.attachments.C1[0].id | 'a/b' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "contentBase64": "!!"}` | $.attachments.C1[0].contentBase64 | is not valid base64: Illegal base64 character 21.
            `{"id": "a", "dateCreated": "2024-01-01T00:00:00Z", "contentBase64": "aGk=", "size": 2}` | $.attachments.C1[0].size | is not a field of Codat's Attachment (or of file, contentBase64).
            """)
    void aBadAttachmentIsAProblemNamingFileAndField(String attachment, String path, String message) {
        FixtureReader.Result result = read(attachment);
        assertNull(result.fixture());
        assertEquals(List.of("c.json: " + path.replace(".C1", "['C-1']") + ": " + message),
                result.problems().stream().map(FixtureProblem::toString).toList());
    }

    @Test
    void attachmentsOfACustomerTheFileDoesNotStateAndRepeatedIdsAreProblems() {
        String json = "{\"id\": \"c\", \"customers\": [{\"id\": \"C-1\", \"status\": \"Active\"}], \"attachments\": {"
                + "\"C-1\": [{\"id\": \"a\", \"dateCreated\": \"2024-01-01T00:00:00Z\", \"contentBase64\": \"\"}],"
                + "\"C-9\": [{\"id\": \"a\", \"dateCreated\": \"2024-01-01T00:00:00Z\", \"contentBase64\": \"\"}]}}";
        List<String> problems = reader.read("c.json", json.getBytes(StandardCharsets.UTF_8), FOLDER).problems()
                .stream().map(FixtureProblem::toString).toList();
        assertEquals(List.of("c.json: $.attachments['C-9']: 'C-9' is not the id of a customer this file states in"
                + " $.customers or $.customersAfterGenerated.", "c.json: $.attachments['C-9'][0].id: 'a' is already"
                + " the id of $.attachments['C-1'][0]: attachment ids must be unique within a company."), problems);
    }

    @Test
    void aRequestBodyNamesNoFileWithoutAFolder() {
        String json = "{\"id\": \"c\", \"customers\": [{\"id\": \"C-1\", \"status\": \"Active\"}], \"attachments\": {"
                + "\"C-1\": [{\"id\": \"a\", \"dateCreated\": \"2024-01-01T00:00:00Z\", \"file\": \"x.pdf\"}]}}";
        assertTrue(reader.read("request body", json.getBytes(StandardCharsets.UTF_8)).problems().get(0).message()
                .startsWith("'x.pdf' cannot be read: only a fixture read from the fixture folder"));
    }

    @Test
    void theExampleFolderIsValidAndStatesTheCompanysCodatFields() {
        FixtureFolder folder = new FixtureFolder(FOLDER, reader);
        CompanyFixture fixture = folder.load().get(0);
        assertEquals("Jo Bloggs", fixture.profile().createdByUserName());
        assertEquals(3, fixture.attachments().get("C-1").size());
        assertEquals(51, fixture.attachments().get("C-1").get(1).attachment().fileSize());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"created": "soon"` | $.created | must be an ISO 8601 date and time such as 2022-10-23T00:00:00Z.
            `"products": "lending"` | $.products | must be an array of product names such as ["lending"].
            `"tags": {"region": 5}` | $.tags.region | must be text of at most 100 characters.
            `"referenceParentCompany": {"name": "No Id"}` | $.referenceParentCompany.id | is required: a company id of 1 to 100 letters, digits, '.', '_', '~' or '-'.
            """)
    void aBadCompanyFieldIsAProblem(String field, String path, String message) {
        String json = "{\"id\": \"c\", " + field + "}";
        assertEquals(List.of("c.json: " + path + ": " + message), reader.read("c.json",
                json.getBytes(StandardCharsets.UTF_8)).problems().stream().map(FixtureProblem::toString).toList());
    }
}
