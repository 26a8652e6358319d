package dev.codatsandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The curl example of README.md shows what the server, in its default configuration, really answers. */
@QuarkusTest
class ReadmeExampleTest {

    private static final Pattern EXAMPLE =
            Pattern.compile("curl -s -H 'Authorization: Basic ZGVtbw==' \\\\\\s+'(?:http://)?localhost:8080(/[^']+)'.*?```json\\n(.*?)```",
                    Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readmeCurlExampleShowsTheRealAnswer() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher example = EXAMPLE.matcher(readme);
        assertTrue(example.find(), "README.md has a curl example followed by its JSON answer");

        String answer = given().urlEncodingEnabled(false).when().get(example.group(1))
                .then().statusCode(200).extract().asString();

        assertEquals(json.readTree(example.group(2)), json.readTree(answer));
    }
}
