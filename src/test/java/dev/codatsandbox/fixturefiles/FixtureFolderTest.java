package dev.codatsandbox.fixturefiles;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading a whole fixture folder: every file or none, with every problem of every file listed. */
@QuarkusTest
class FixtureFolderTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Inject
    FixtureReader reader;

    private List<CompanyFixture> load(Path folder) {
        return new FixtureFolder(folder, reader).load();
    }

    @Test
    void loadsOneFile() {
        List<CompanyFixture> companies = load(FIXTURES.resolve("one"));

        assertEquals(1, companies.size());
        CompanyFixture solo = companies.get(0);
        assertEquals("solo-company", solo.id());
        assertEquals("Solo Company", solo.name());
        assertEquals("solo.json", solo.file());
        assertEquals(List.of("s-1"), solo.customers().stream().map(c -> c.id()).toList());
        assertEquals(0, solo.generatedCount());
    }

    @Test
    void loadsSeveralFilesInFileNameOrderAndIgnoresOtherFiles() {
        List<CompanyFixture> companies = load(FIXTURES.resolve("several"));

        assertEquals(List.of("stated-and-generated", "b2b0c0d0-0000-4000-8000-00000000000b", "configured-company"),
                companies.stream().map(CompanyFixture::id).toList());
        assertEquals(2, companies.get(0).generatedCount());
        assertEquals(4, companies.get(1).generatedCount());
        assertEquals(99, companies.get(1).seed());
    }

    @Test
    void aFolderThatDoesNotExistHoldsNoFixtures() {
        assertEquals(List.of(), load(FIXTURES.resolve("no-such-folder")));
    }

    @Test
    void aFolderWithTwoBadFilesIsRejectedWithEveryProblemOfBoth() {
        FixturesRejectedException rejected = assertThrows(FixturesRejectedException.class,
                () -> load(FIXTURES.resolve("two-bad-files")));

        assertEquals(List.of(
                "bad-customers.json: $.id: 'bad customers' is not usable in a URL path: use 1 to 100 letters, digits,"
                        + " '.', '_', '~' or '-', and not '.' or '..' alone.",
                "bad-customers.json: $.customers[0].defaultCurrency: must be an ISO 4217 currency code such as USD.",
                "bad-customers.json: $.customers[0].status: 'Activ' is not one of Unknown, Active, Archived.",
                "bad-customers.json: $.customers[1].id: '1' is already the id of $.customers[0]: customer ids must be"
                        + " unique within a company.",
                "bad-customers.json: $.customers[1].modifiedDate: must be an ISO 8601 date and time such as"
                        + " 2022-10-23T00:00:00Z.",
                "bad-customers.json: $.customers[1].status: is required: one of Unknown, Active, Archived.",
                "broken-syntax.json: $: is not valid JSON at line 4, column 36: Unexpected character ('}' (code 125)):"
                        + " was expecting double-quote to start field name."),
                rejected.problems().stream().map(FixtureProblem::toString).toList());
        assertEquals("Fixture folder " + FIXTURES.resolve("two-bad-files").toAbsolutePath() + " has 7 problems;"
                + " nothing was loaded.", rejected.summary());
    }

    @Test
    void companyIdsMustBeUniqueAcrossFilesWhateverTheCaseOfAUuid(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.json"), "{\"id\": \"abcdef01-2345-4678-9abc-def012345678\"}");
        Files.writeString(folder.resolve("b.json"), "{\"id\": \"ABCDEF01-2345-4678-9ABC-DEF012345678\"}");

        FixturesRejectedException rejected = assertThrows(FixturesRejectedException.class, () -> load(folder));

        assertEquals(List.of(new FixtureProblem("b.json", "$.id", "'abcdef01-2345-4678-9abc-def012345678' is already"
                + " the id of the company in a.json: company ids must be unique across files.", "UniqueCompanyId")),
                rejected.problems());
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsRefused(@TempDir Path temp) throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.json"), "{\"id\": \"outside\"}");
        Path folder = Files.createDirectory(temp.resolve("fixtures"));
        Files.createSymbolicLink(folder.resolve("escape.json"), outside);

        FixturesRejectedException rejected = assertThrows(FixturesRejectedException.class, () -> load(folder));

        assertEquals(List.of(new FixtureProblem("escape.json", "$", "is a link to a file outside the fixture folder.",
                "FixtureFolder")), rejected.problems());
    }

    @Test
    void aFileInsteadOfAFolderIsAProblem() {
        FixturesRejectedException rejected = assertThrows(FixturesRejectedException.class,
                () -> load(FIXTURES.resolve("one/solo.json")));

        assertEquals("is not a folder: sandbox.fixtures.dir must name a folder.",
                rejected.problems().get(0).message());
    }
}
