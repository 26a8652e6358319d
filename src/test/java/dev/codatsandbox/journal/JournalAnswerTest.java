package dev.codatsandbox.journal;

import dev.codatsandbox.testing.SendsAnApiKey;
import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static dev.codatsandbox.testing.TestSandbox.LIST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The answer the journal shows for a request is the one sent: each case is sent by a plain HTTP client, and the
 * bytes it received are compared with the journal's, along with the status and {@code Content-Type}.
 */
@QuarkusTest
class JournalAnswerTest {

    private final HttpClient client = TestSandbox.client();

    @BeforeEach
    @AfterEach
    void clear() {
        TestSandbox.clearRulesAndJournal();
    }

    @Test
    void pagesCustomersErrorsAndFaultAnswersAreShownByteForByteAsSent() throws Exception {
        List<HttpRequest> requests = List.of(
                TestSandbox.get(LIST + "?page=1&pageSize=100").build(),
                TestSandbox.get(LIST + "?page=2&pageSize=7&orderBy=-name&query=status%3DActive").build(),
                TestSandbox.get(LIST + "/71").build(),
                TestSandbox.get(LIST + "/no-such-customer").build(),
                TestSandbox.get(LIST + "?pageSize=5001").build(),
                HttpRequest.newBuilder(TestSandbox.uri(LIST)).GET().build(),
                TestSandbox.get(LIST).header("Sandbox-Fault", "status=503").build(),
                TestSandbox.get("/companies/" + DEFAULT_COMPANY).build(),
                TestSandbox.get("/companies/" + DEFAULT_COMPANY + "/connections").build(),
                TestSandbox.get("/companies/" + DEFAULT_COMPANY + "/push").build());
        for (HttpRequest request : requests) {
            HttpResponse<byte[]> sent = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonPath last = given().when().get("/_sandbox/journal").then().statusCode(200).extract().jsonPath();
            long sequence = last.getLong("[-1].sequence");
            String what = request.method() + " " + request.uri().getRawPath() + "?" + request.uri().getRawQuery();

            byte[] shown = given().when().get("/_sandbox/journal/" + sequence + "/answer/body").then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(sent.body(), shown, what + ": " + new String(shown, StandardCharsets.UTF_8));

            JsonPath answer = given().when().get("/_sandbox/journal/" + sequence + "/answer").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(sequence, answer.getLong("sequence"), what);
            assertEquals(sent.statusCode(), answer.getInt("status"), what);
            assertEquals(sent.body().length, answer.getInt("bodyBytes"), what);
            assertEquals(new String(sent.body(), StandardCharsets.UTF_8), answer.getString("body"), what);
            Map<String, String> headers = answer.getMap("headers");
            assertEquals(sent.headers().firstValue("Content-Type").orElseThrow(), headers.get("Content-Type"), what);
            assertEquals(Integer.toString(sent.body().length), headers.get("content-length") != null
                    ? headers.get("content-length") : headers.get("Content-Length"), what);
        }
    }

    @Test
    void aHeadRequestShowsHeadersButNoBody() throws Exception {
        HttpResponse<byte[]> sent = client.send(HttpRequest.newBuilder(TestSandbox.uri(LIST + "/71"))
                .header("Authorization", SendsAnApiKey.DEMO_KEY_HEADER).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, sent.statusCode());
        long sequence = given().when().get("/_sandbox/journal").then().extract().jsonPath().getLong("[-1].sequence");

        JsonPath answer = given().when().get("/_sandbox/journal/" + sequence + "/answer").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(200, answer.getInt("status"));
        assertNull(answer.get("body"));
        assertNull(answer.get("bodyBytes"));
        given().when().get("/_sandbox/journal/" + sequence + "/answer/body").then().statusCode(404)
                .body("error", containsString("has no body"));
    }

    @Test
    void aRequestTheJournalDoesNotKeepIsNamedInA404AndABadNumberInA400() {
        given().when().get("/_sandbox/journal/12345678/answer").then().statusCode(404)
                .body("error", containsString("The journal has no request 12345678"));
        given().when().get("/_sandbox/journal/x1/answer").then().statusCode(400)
                .body("error", equalTo("Invalid request sequence 'x1': must be a whole number."));
    }
}
