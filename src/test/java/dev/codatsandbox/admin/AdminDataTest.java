package dev.codatsandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.testing.SendsAnApiKey;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data admin API: put, delete, export, reset and reload, against a fixture folder the tests write
 * ({@code target/admin-fixtures}, empty at start-up).
 */
@QuarkusTest
@TestProfile(AdminDataTest.AdminFixtureFolder.class)
class AdminDataTest {

    static final Path FOLDER = Path.of("target/admin-fixtures");
    static final String GENERATED_COMPANY = "0a0b0c0d-1111-4222-8333-444455556666";
    static final ObjectMapper JSON = new ObjectMapper();

    /** A fixture folder under target/ that the tests fill, small generated companies. */
    public static class AdminFixtureFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.fixtures.dir", FOLDER.toString(), "sandbox.customers-per-company", "7");
        }
    }

    static String alpha(int generated) {
        return """
                {
                  "id": "alpha",
                  "name": "Alpha Ltd",
                  "customers": [
                    {"id": "a-1", "customerName": "Ärger & Söhne", "status": "Active", "defaultCurrency": "EUR"},
                    {"id": "a-2", "status": "Archived", "metadata": {"isDeleted": true}}
                  ],
                  "generated": {"count": %d, "seed": 1}
                }
                """.formatted(generated);
    }

    @BeforeEach
    void folderHoldsAlphaOnly() throws IOException {
        Files.createDirectories(FOLDER);
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(FOLDER.resolve("alpha.json"), alpha(3));
        given().when().post("/_sandbox/reload").then().statusCode(200);
    }

    static String page(String companyId) {
        return given().when().get("/companies/{id}/data/customers?pageSize=5000", companyId)
                .then().statusCode(200).extract().asString();
    }

    static List<String> ids(String companyId) {
        return given().when().get("/companies/{id}/data/customers?pageSize=5000", companyId)
                .then().statusCode(200).extract().jsonPath().getList("results.id", String.class);
    }

    static byte[] export(String companyId, boolean expand) {
        return given().when().get("/_sandbox/companies/{id}/fixture?expand=" + expand, companyId)
                .then().statusCode(200).contentType("application/json").extract().asByteArray();
    }

    static Response put(String companyId, byte[] fixture) {
        return given().contentType("application/json").body(fixture).when().put("/_sandbox/companies/{id}", companyId);
    }

    @Test
    void listShowsConfiguredAndFixtureCompanies() {
        given().when().get("/_sandbox/companies").then().statusCode(200)
                .body("companies.id", equalTo(List.of(DEFAULT_COMPANY, "alpha")))
                .body("companies[1].source", equalTo("fixture-file"))
                .body("companies[1].file", equalTo("alpha.json"))
                .body("companies[1].customers", equalTo(5))
                .body("companies[0].source", equalTo("configuration"))
                .body("companies[0].customers", equalTo(8));
    }

    @Test
    void putReplacesACompanyUntilReset() {
        String before = page("alpha");

        put("alpha", """
                {"id": "alpha", "name": "Alpha Put", "customers": [{"id": "p-1", "status": "Unknown"}]}
                """.getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("id", equalTo("alpha")).body("source", equalTo("admin")).body("customers", equalTo(1));

        assertEquals(List.of("p-1"), ids("alpha"));
        given().when().post("/_sandbox/reset").then().statusCode(200).body("companies.id", hasItems("alpha"));
        assertEquals(before, page("alpha"));
    }

    @Test
    void putCreatesACompanyThatResetRemoves() {
        put("brand-new", "{\"id\": \"brand-new\", \"generated\": {\"count\": 2}}".getBytes()).then().statusCode(200)
                .body("customers", equalTo(2));

        assertEquals(2, ids("brand-new").size());
        given().when().post("/_sandbox/reset").then().statusCode(200);
        given().when().get("/companies/brand-new/data/customers").then().statusCode(404);
    }

    @Test
    void aBadPutAnswersEveryProblemAndLeavesTheCompanyAsItWas() {
        String before = page("alpha");

        put("alpha", """
                {"id": "alpha", "customers": [{"id": "x", "status": "Gone"}, {"id": "x", "defaultCurrency": "EURO",
                 "status": "Active"}]}
                """.getBytes()).then().statusCode(400)
                .body("statusCode", equalTo(400))
                .body("error", equalTo("The fixture for company 'alpha' has 3 problems; nothing was loaded."))
                .body("validation.errors.itemId", equalTo(List.of("request body:$.customers[0].status",
                        "request body:$.customers[1].defaultCurrency", "request body:$.customers[1].id")))
                .body("validation.errors.validatorName", equalTo(List.of("OneOf", "IsoCurrency",
                        "UniqueCustomerId")))
                .body("validation.errors[0].message", equalTo("'Gone' is not one of Unknown, Active, Archived."));

        assertEquals(before, page("alpha"));
    }

    @Test
    void aPutWithInvalidJsonNamesTheLineAndColumn() {
        put("alpha", "{\"id\": \"alpha\",\n  \"customers\": [}".getBytes()).then().statusCode(400)
                .body("validation.errors[0].itemId", equalTo("request body:$"))
                .body("validation.errors[0].message", equalTo("is not valid JSON at line 2, column 17: Unexpected"
                        + " close marker '}': expected ']' (for Array starting at line 2, column 16)."));
    }

    @Test
    void aPutWhoseIdIsNotTheCompanyOfTheUrlIsRejected() {
        put("alpha", "{\"id\": \"beta\"}".getBytes()).then().statusCode(400)
                .body("validation.errors[0].itemId", equalTo("request body:$.id"))
                .body("validation.errors[0].message", equalTo("'beta' is not the company id 'alpha' of the URL."));

        assertEquals(5, ids("alpha").size());
    }

    @Test
    void deleteMakesACompany404UntilReset() {
        given().when().delete("/_sandbox/companies/alpha").then().statusCode(200).body("id", equalTo("alpha"));
        given().when().delete("/_sandbox/companies/{id}", GENERATED_COMPANY).then().statusCode(200);

        given().when().get("/companies/alpha/data/customers").then().statusCode(404);
        given().when().get("/companies/{id}/data/customers", GENERATED_COMPANY).then().statusCode(404);
        given().when().get("/_sandbox/companies/alpha/fixture").then().statusCode(404);
        given().when().delete("/_sandbox/companies/alpha").then().statusCode(404)
                .body("error", equalTo("Company 'alpha' was not found."));

        given().when().post("/_sandbox/reset").then().statusCode(200);
        assertEquals(5, ids("alpha").size());
        assertEquals(7, ids(GENERATED_COMPANY).size());
    }

    @Test
    void exportOfAGeneratedCompanyStatesItsCountAndSeedUnlessExpanded() throws IOException {
        JsonNode stated = JSON.readTree(export(GENERATED_COMPANY, false));
        JsonNode expanded = JSON.readTree(export(GENERATED_COMPANY, true));

        assertEquals(JSON.readTree("""
                {"id": "%s", "name": "Hand, Sawayn and Kuphal", "description": null, "created": "2017-05-16T15:20:38Z",
                 "createdByUserName": "Rodger King", "products": ["spend-insights"], "tags": {"region": "gb"},
                 "referenceParentCompany": null, "referenceSubsidiaryCompanies": [],
                 "customers": [], "generated": {"count": 7, "seed": 42}}
                """.formatted(GENERATED_COMPANY)), stated);
        assertEquals(JSON.readTree(page(GENERATED_COMPANY)).get("results"), expanded.get("customers"));
        assertEquals(null, expanded.get("generated"));
    }

    @Test
    void exportThenPutServesByteIdenticalAnswersAndExportsTheSameBytes() {
        for (String company : List.of("alpha", DEFAULT_COMPANY, GENERATED_COMPANY)) {
            for (boolean expand : List.of(false, true)) {
                String before = page(company);
                byte[] exported = export(company, expand);
                assertArrayEquals(exported, export(company, expand), "export of " + company + " is byte-stable");

                put(company, exported).then().statusCode(200);

                assertEquals(before, page(company), "answers of " + company + " after loading its export");
                assertArrayEquals(exported, export(company, expand), "export of " + company + " after loading it");
                given().when().post("/_sandbox/reset").then().statusCode(200);
            }
        }
    }

    @Test
    void exportIsPrettyPrintedWithLineFeedsAndEndsWithOne() {
        String exported = new String(export("alpha", false), StandardCharsets.UTF_8);

        assertTrue(exported.startsWith("{\n  \"id\": \"alpha\",\n  \"name\": \"Alpha Ltd\",\n  \"description\": null,\n"),
                exported);
        assertTrue(exported.contains("\n  \"referenceSubsidiaryCompanies\": [],\n  \"customers\": [\n"), exported);
        assertTrue(exported.endsWith("\"generated\": {\n    \"count\": 3,\n    \"seed\": 1\n  }\n}\n"), exported);
        assertTrue(exported.contains("\"customerName\": \"Ärger & Söhne\""), exported);
    }

    @Test
    void theSeedOfAFixtureDecidesItsGeneratedCustomers() {
        byte[] seed5 = "{\"id\": \"seeded\", \"generated\": {\"count\": 3, \"seed\": 5}}".getBytes();
        put("seeded", seed5).then().statusCode(200);
        String first = page("seeded");
        put("seeded", "{\"id\": \"seeded\", \"generated\": {\"count\": 3, \"seed\": 6}}".getBytes()).then()
                .statusCode(200);
        String otherSeed = page("seeded");
        put("seeded", seed5).then().statusCode(200);

        assertNotEquals(first, otherSeed);
        assertEquals(first, page("seeded"));
    }

    @Test
    void reloadServesEditedFilesAndDropsRunTimeChanges() throws IOException {
        put("brand-new", "{\"id\": \"brand-new\"}".getBytes()).then().statusCode(200);
        Files.writeString(FOLDER.resolve("alpha.json"), alpha(10));
        Files.writeString(FOLDER.resolve("gamma.json"), "{\"id\": \"gamma\", \"name\": \"Gamma\"}");

        given().when().post("/_sandbox/reload").then().statusCode(200)
                .body("fixturesDir", equalTo(FOLDER.toAbsolutePath().toString()))
                .body("companies.id", equalTo(List.of(DEFAULT_COMPANY, "alpha", "gamma")));

        assertEquals(12, ids("alpha").size());
        assertEquals(List.of(), ids("gamma"));
        given().when().get("/companies/brand-new/data/customers").then().statusCode(404);
    }

    @Test
    void aBadFolderIsNotReloadedAndEveryProblemOfEveryFileIsAnswered() throws IOException {
        String before = page("alpha");
        Files.writeString(FOLDER.resolve("alpha.json"), alpha(10));
        Files.writeString(FOLDER.resolve("bad-1.json"), "{\"id\": \"bad-1\", \"customers\": [{\"id\": \"1\"}]}");
        Files.writeString(FOLDER.resolve("bad-2.json"), "{\"id\": \"alpha\"}");
        Files.writeString(FOLDER.resolve("bad-3.json"), "{\"id\": ");

        given().when().post("/_sandbox/reload").then().statusCode(400)
                .body("error", equalTo("Fixture folder " + FOLDER.toAbsolutePath() + " has 3 problems; nothing was"
                        + " loaded."))
                .body("validation.errors.itemId", equalTo(List.of("bad-1.json:$.customers[0].status",
                        "bad-2.json:$.id", "bad-3.json:$")))
                .body("validation.errors[1].message", equalTo("'alpha' is already the id of the company in"
                        + " alpha.json: company ids must be unique across files."));

        assertEquals(before, page("alpha"));
    }

    /**
     * Readers hammer a company while its file flips between two versions and the folder is reloaded; each answer
     * must be wholly the old version or wholly the new.
     */
    @Test
    void readersDuringReloadsSeeTheOldDataOrTheNewNeverAMix() throws Exception {
        String oldVersion = flip("old", 40);
        String newVersion = flip("new", 60);
        Files.writeString(FOLDER.resolve("flip.json"), oldVersion);
        given().when().post("/_sandbox/reload").then().statusCode(200);

        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/companies/flip/data/customers?pageSize=100");
        HttpClient client = HttpClient.newHttpClient();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> mixes = new ConcurrentLinkedQueue<>();
        AtomicInteger olds = new AtomicInteger();
        AtomicInteger news = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Thread reader = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Authorization", SendsAnApiKey.DEMO_KEY_HEADER).build();
                while (!stop.get()) {
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        JsonNode body = JSON.readTree(response.body());
                        int total = body.get("totalResults").asInt();
                        String names = String.join(",", body.get("results").findValuesAsText("customerName"));
                        if (total == 40 && names.equals(names("old", 40))) {
                            olds.incrementAndGet();
                        } else if (total == 60 && names.equals(names("new", 60))) {
                            news.incrementAndGet();
                        } else {
                            mixes.add(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        mixes.add(e.toString());
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (int i = 0; i < 10; i++) {
            Files.writeString(FOLDER.resolve("flip.json"), i % 2 == 0 ? newVersion : oldVersion);
            given().when().post("/_sandbox/reload").then().statusCode(200);
            Thread.sleep(50);
        }
        stop.set(true);
        for (Thread reader : readers) {
            reader.join(30_000);
        }

        assertEquals(List.of(), List.copyOf(mixes));
        assertTrue(olds.get() > 0 && news.get() > 0, "readers saw both versions: " + olds + " old, " + news + " new");
    }

    private static String flip(String version, int count) {
        return "{\"id\": \"flip\", \"customers\": [" + IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"id\": \"c-" + i + "\", \"customerName\": \"" + version + "-" + i
                        + "\", \"status\": \"Active\"}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static String names(String version, int count) {
        return IntStream.rangeClosed(1, Math.min(count, 100)).mapToObj(i -> version + "-" + i)
                .collect(Collectors.joining(","));
    }
}
