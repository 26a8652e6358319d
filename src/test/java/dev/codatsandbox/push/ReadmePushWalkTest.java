package dev.codatsandbox.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The push walk of docs/push-and-platform.md (connections, create, poll, read back) shows what the server in its
 * default configuration answers: the same ids and keys, the same bodies but for the times the clock stamps. It pushes
 * to the default company, whose customers other tests count, so it starts from a reset sandbox and leaves one behind.
 */
@QuarkusTest
class ReadmePushWalkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String variable(String section, String name) {
        Matcher matcher = Pattern.compile("\\n" + name + "=([0-9a-f-]+)").matcher(section);
        assertTrue(matcher.find(), "the walk sets " + name);
        return matcher.group(1);
    }

    private static JsonNode withoutTimes(String body) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        node.remove(List.of("requestedOnUtc", "completedOnUtc", "modifiedDate", "sourceModifiedDate"));
        if (node.get("data") instanceof ObjectNode data) {
            data.remove(List.of("modifiedDate", "sourceModifiedDate"));
        }
        return node;
    }

    @BeforeEach
    @AfterEach
    void reset() {
        given().when().post("/_sandbox/reset").then().statusCode(200);
    }

    @Test
    void theReadmeWalkShowsTheRealAnswers() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("docs/push-and-platform.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("# Push"), readme.indexOf("## Choosing outcomes"));
        Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(json.find(), "the walk shows its answers");
        List<String> answers = json.group(1).lines().toList();
        assertEquals(4, answers.size());
        String body = Pattern.compile("-d '([^']+)'").matcher(section).results().findFirst().orElseThrow().group(1);

        String connections = given().when().get("/companies/" + DEFAULT_COMPANY + "/connections").then().statusCode(200)
                .extract().asString();
        assertEquals(answers.get(0), connections);
        assertEquals(variable(section, "CONNECTION"), JSON.readTree(connections).at("/results/0/id").asText());

        String created = given().contentType(ContentType.JSON).body(body)
                .when().post("/companies/" + DEFAULT_COMPANY + "/connections/" + variable(section, "CONNECTION")
                        + "/push/customers").then().statusCode(200).extract().asString();
        assertEquals(withoutTimes(answers.get(1)), withoutTimes(created));
        assertEquals(variable(section, "KEY"), JSON.readTree(created).get("pushOperationKey").asText());
        assertEquals(variable(section, "CUSTOMER"), JSON.readTree(created).at("/data/id").asText());

        Thread.sleep(1000);
        String done = given().when().get("/companies/" + DEFAULT_COMPANY + "/push/" + variable(section, "KEY"))
                .then().statusCode(200).extract().asString();
        assertEquals(withoutTimes(answers.get(2)), withoutTimes(done));
        String readBack = given().when().get("/companies/" + DEFAULT_COMPANY + "/data/customers/"
                + variable(section, "CUSTOMER")).then().statusCode(200).extract().asString();
        assertEquals(withoutTimes(answers.get(3)), withoutTimes(readBack));
        assertEquals(JSON.readTree(done).get("completedOnUtc"), JSON.readTree(readBack).get("modifiedDate"));
    }
}
