package dev.codatsandbox.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.contract.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Random;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Codat's customer attachment calls: stated in a fixture folder, generated from the seed, and their errors. */
@QuarkusTest
@TestProfile(AttachmentsTest.AttachmentFixtures.class)
class AttachmentsTest {

    static final Path SOURCE = Path.of("src/test/resources/fixtures/with-attachments");
    /** The fixture folder: the source's files and a large file written beside them. */
    static final Path FOLDER = Path.of("target/attachment-fixtures");
    static final String LARGE = "acme-files/scan.bin";
    static final int LARGE_BYTES = 3 * 1024 * 1024 + 17;
    static final String COMPANY = "acme-attachments";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The folder above, with a large attachment added to the fixture, and a few generated customers. */
    public static class AttachmentFixtures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            prepare();
            return Map.of("sandbox.fixtures.dir", FOLDER.toString(), "sandbox.customers-per-company", "40");
        }
    }

    static synchronized void prepare() {
        try {
            Files.createDirectories(FOLDER.resolve("acme-files"));
            for (String file : new String[] {"acme-files/receipt-2024-03-05.png", "acme-files/statement-2024-03.csv"}) {
                Files.copy(SOURCE.resolve(file), FOLDER.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(FOLDER.resolve(LARGE), large());
            String fixture = Files.readString(SOURCE.resolve("acme-attachments.json")).replace("\"contentBase64\": \"aGVsbG8=\"}",
                    "\"contentBase64\": \"aGVsbG8=\"},\n      {\"id\": \"scan\", \"name\": \"scan.bin\", \"contentType\":"
                            + " \"application/octet-stream\", \"dateCreated\": \"2024-04-03T00:00:00Z\", \"file\": \""
                            + LARGE + "\"}");
            Files.writeString(FOLDER.resolve("acme-attachments.json"), fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] large() {
        byte[] bytes = new byte[LARGE_BYTES];
        new Random(5).nextBytes(bytes);
        return bytes;
    }

    static String connection(String companyId) {
        return given().when().get("/companies/{id}/connections", companyId).then().statusCode(200)
                .extract().path("results[0].id");
    }

    static String attachments(String companyId, String customerId) {
        return "/companies/" + companyId + "/connections/" + connection(companyId) + "/data/customers/" + customerId
                + "/attachments";
    }

    static JsonNode json(String path, int status) {
        String body = given().when().get(path).then().statusCode(status).extract().asString();
        Contract.assertValid("GET", path, status, body);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void statedAttachmentsAreListedInCodatsShape() throws IOException {
        JsonNode expected = JSON.readTree("""
                {"attachments": [
                  {"id": "7d5a0c3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f", "name": "receipt-2024-03-05.png",
                   "contentType": "image/png", "dateCreated": "2024-03-05T10:00:00Z", "fileSize": 69,
                   "includeWhenSent": true, "modifiedDate": "2024-03-06T00:00:00Z",
                   "sourceModifiedDate": "2024-03-05T10:00:00Z"},
                  {"id": "statement-march", "name": "Relevé März 2024.csv", "contentType": "text/csv",
                   "dateCreated": "2024-04-01T00:00:00Z", "fileSize": 51, "includeWhenSent": false,
                   "modifiedDate": null, "sourceModifiedDate": null},
                  {"id": "inline-note", "name": null, "contentType": null, "dateCreated": "2024-04-02T00:00:00Z",
                   "fileSize": 5, "includeWhenSent": false, "modifiedDate": null, "sourceModifiedDate": null},
                  {"id": "scan", "name": "scan.bin", "contentType": "application/octet-stream",
                   "dateCreated": "2024-04-03T00:00:00Z", "fileSize": %d, "includeWhenSent": false,
                   "modifiedDate": null, "sourceModifiedDate": null}]}
                """.formatted(LARGE_BYTES));
        String path = attachments(COMPANY, "C-1");
        String body = given().when().get(path).then().statusCode(200).extract().asString();
        assertEquals(expected, JSON.readTree(body));
        assertEquals(expected.get("attachments").get(0), json(path + "/7d5a0c3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f", 200));
        assertEquals("{\"attachments\":[]}", given().when().get(attachments(COMPANY, "C-2")).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void aDownloadIsTheFileWithItsLengthTypeAndName() throws IOException {
        String path = attachments(COMPANY, "C-1");
        ExtractableResponse<Response> png = given().when().get(path + "/7d5a0c3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f/download")
                .then().statusCode(200).extract();
        assertArrayEquals(Files.readAllBytes(SOURCE.resolve("acme-files/receipt-2024-03-05.png")), png.asByteArray());
        assertEquals("application/octet-stream", png.contentType());
        assertEquals("69", png.header("Content-Length"));
        assertEquals("attachment; filename=\"receipt-2024-03-05.png\"", png.header("Content-Disposition"));

        ExtractableResponse<Response> csv = given().when().get(path + "/statement-march/download").then()
                .statusCode(200).extract();
        assertEquals("attachment; filename=\"Relev_ M_rz 2024.csv\"; filename*=UTF-8''Relev%C3%A9%20M%C3%A4rz%202024.csv",
                csv.header("Content-Disposition"));
        assertEquals("hello", given().when().get(path + "/inline-note/download").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"inline-note\"").extract().asString());
    }

    @Test
    void aLargeFileIsStreamedWhole() throws Exception {
        ExtractableResponse<Response> scan = given().when().get(attachments(COMPANY, "C-1") + "/scan/download")
                .then().statusCode(200).extract();
        assertEquals(Integer.toString(LARGE_BYTES), scan.header("Content-Length"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertArrayEquals(sha.digest(large()), sha.digest(scan.asByteArray()));
    }

    @Test
    void generatedCustomersHaveRealFilesTheSameOnEveryRequest() {
        String customers = "/companies/" + DEFAULT_COMPANY + "/data/customers?pageSize=40";
        java.util.List<String> ids = given().when().get(customers).then().statusCode(200).extract()
                .path("results.id");
        int withFiles = 0;
        for (String customerId : ids) {
            JsonNode list = json(attachments(DEFAULT_COMPANY, customerId), 200);
            for (JsonNode attachment : list.get("attachments")) {
                withFiles++;
                String download = attachments(DEFAULT_COMPANY, customerId) + "/" + attachment.get("id").asText() + "/download";
                byte[] first = given().when().get(download).then().statusCode(200).extract().asByteArray();
                assertArrayEquals(first, given().when().get(download).then().extract().asByteArray());
                assertEquals(attachment.get("fileSize").asInt(), first.length);
                String type = attachment.get("contentType").asText();
                String head = new String(first, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(type.equals("application/pdf") ? head.equals("%PDF-") : type.equals("image/png")
                        ? head.startsWith("\u0089PNG") : head.equals("date,"), type + ": " + head);
            }
        }
        assertTrue(withFiles > 0);
        assertEquals(json(attachments(DEFAULT_COMPANY, "71"), 200).get("attachments").size(), 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            no-such-company | C-1     | -                                     | No company was found with ID no-such-company.
            acme-attachments | C-1    | /attachments/wrong-connection          | Data connection wrong-connection not found.
            acme-attachments | C-404  | -                                     | Customer 'C-404' was not found for company 'acme-attachments'.
            acme-attachments | C-1    | /attachments/missing                  | Attachment 'missing' was not found for customer 'C-1' of company 'acme-attachments'.
            acme-attachments | C-1    | /attachments/missing/download         | Attachment 'missing' was not found for customer 'C-1' of company 'acme-attachments'.
            """)
    void unknownThingsAre404InCodatsShape(String companyId, String customerId, String tail, String message) {
        String connection = companyId.equals(COMPANY) ? connection(COMPANY) : "0c0c0c0c-0000-4000-8000-000000000000";
        String path = "/companies/" + companyId + "/connections/" + connection + "/data/customers/" + customerId
                + "/attachments";
        if (tail.startsWith("/attachments/wrong-connection")) {
            path = "/companies/" + companyId + "/connections/wrong-connection/data/customers/" + customerId
                    + "/attachments";
        } else if (!tail.equals("-")) {
            path += tail.substring("/attachments".length());
        }
        String body = given().when().get(path).then().statusCode(404).body("error", equalTo(message))
                .body("statusCode", equalTo(404)).extract().asString();
        Contract.assertValid("GET", path, 404, body);
    }

    @Test
    void faultsAndTheJournalNameTheAttachmentOperations() {
        String path = attachments(COMPANY, "C-1") + "/scan/download";
        int before = given().when().get("/_sandbox/journal/count?operation=attachment-download").then()
                .statusCode(200).extract().path("count");
        given().header("Sandbox-Fault", "503").when().get(path).then()
                .statusCode(503).contentType("application/json");
        given().when().get("/_sandbox/journal/count?operation=attachment-download").then()
                .body("count", equalTo(before + 1));
        given().when().get("/_sandbox/journal/count?operation=attachment-list").then().statusCode(200);
    }

    @Test
    void aDownloadNegotiatesOctetStream() {
        String path = attachments(COMPANY, "C-1") + "/inline-note/download";
        given().accept("application/octet-stream").when().get(path).then().statusCode(200);
        given().accept("application/json").when().get(path).then().statusCode(406)
                .contentType("application/json").body("error", equalTo("The Accept header 'application/json'"
                        + " excludes application/octet-stream, the only media type this endpoint answers with."));
        given().accept("application/octet-stream").when().get(attachments(COMPANY, "C-404")).then().statusCode(404);
    }

    @Test
    void companiesCarryCodatsFields() throws IOException {
        JsonNode company = JSON.readTree(given().when().get("/companies/" + COMPANY).then().statusCode(200)
                .extract().asString());
        assertEquals("Acme Attachments Ltd", company.get("name").asText());
        assertEquals("Jo Bloggs", company.get("createdByUserName").asText());
        assertEquals("2021-06-01T09:30:00Z", company.get("created").asText());
        assertEquals("{\"region\":\"uk\",\"team\":\"invoice-finance\"}", company.get("tags").toString());
        assertEquals("https://app.codat.io/companies/acme-group/summary",
                company.at("/referenceParentCompany/links/portal").asText());
        JsonNode generated = json("/companies/" + DEFAULT_COMPANY, 200);
        assertTrue(!generated.get("name").asText().equals(DEFAULT_COMPANY) && !generated.get("name").asText().isBlank());
        assertTrue(generated.get("created").asText().startsWith("201"));
        assertEquals(generated, json("/companies/" + DEFAULT_COMPANY, 200));
        json("/companies", 200);
    }
}
