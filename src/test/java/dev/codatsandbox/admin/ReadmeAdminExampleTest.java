package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export shown in docs/admin-api.md is, byte for byte, what the server exports. */
@QuarkusTest
class ReadmeAdminExampleTest {

    private static final Pattern EXPORT = Pattern.compile(
            "curl -s localhost:8080(/_sandbox/companies/[^ ]+/fixture) > default.json.*?```json\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void readmeExportExampleShowsTheRealExport() throws IOException {
        String readme = Files.readString(Path.of("docs/admin-api.md"), StandardCharsets.UTF_8);
        Matcher example = EXPORT.matcher(readme);
        assertTrue(example.find(), "docs/admin-api.md has an export example followed by the file");

        String exported = given().when().get(example.group(1)).then().statusCode(200).extract().asString();

        assertEquals(example.group(2), exported);
    }
}
