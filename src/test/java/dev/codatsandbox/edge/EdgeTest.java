package dev.codatsandbox.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a client sends, over a raw socket where an HTTP client would refuse to, the answer is a success or
 * Codat's error body with the right status and headers: nothing Quarkus- or Vert.x-shaped reaches the wire.
 */
@QuarkusTest
class EdgeTest {

    static final String CUSTOMERS = "/companies/" + DEFAULT_COMPANY + "/data/customers";
    /** The default company's push path, with its connection (README, "Push"). */
    static final String PUSH = "/companies/" + DEFAULT_COMPANY + "/connections/b962b3dd-dacc-45ad-9d20-f5b96cec6b76"
            + "/push/customers";
    static final String CHUNKED = "Content-Type: application/json⏎Transfer-Encoding: chunked⏎⏎";
    static final String BAD_CHUNK = "The request body's chunked framing could not be read: each chunk must start with"
            + " its size in hexadecimal on a line of its own.";
    static final String CUT_OFF = "The request body was cut off: the caller ended its side of the connection before"
            + " the whole body arrived.";
    static final String LONG = "1".repeat(10_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The request as the table writes it: {@code ⏎} ends a line (CRLF), {@code {C}} is the customers path,
     * {@code {PUSH}} the push path, {@code {KEY}} the API key header, {@code {CHUNKED}} the headers of a chunked JSON
     * body and the blank line after them, {@code {LONG}} 10,000 characters, {@code {BIG}} a 30,000-byte header and
     * {@code {CTRL}} two control bytes.
     */
    static String request(String table) {
        return table.replace("{C}", CUSTOMERS).replace("{PUSH}", PUSH).replace("{CHUNKED}", CHUNKED)
                .replace("{KEY}", RawHttp.KEY).replace("{LONG}", LONG)
                .replace("{BIG}", "X-Big: " + "a".repeat(30_000)).replace("{CTRL}", "\u0001\u0002")
                .replace("⏎", "\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            request line of 10,000 characters ~ GET {C}?page={LONG} HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 414 ~ true ~ The request line is longer than 4096 bytes (quarkus.http.limits.max-initial-line-length).
            customer id of 10,000 characters ~ GET {C}/{LONG} HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 414 ~ true ~ The request line is longer than 4096 bytes (quarkus.http.limits.max-initial-line-length).
            headers over 20 KB ~ GET {C} HTTP/1.1⏎Host: x⏎{KEY}⏎{BIG}⏎⏎ ~ 431 ~ true ~ The request headers are larger than 20480 bytes (quarkus.http.limits.max-header-size).
            no Host header ~ GET {C} HTTP/1.1⏎{KEY}⏎⏎ ~ 400 ~ false ~ The request has no Host header; HTTP/1.1 requires one.
            malformed Host header ~ GET {C} HTTP/1.1⏎Host: a b@c⏎{KEY}⏎⏎ ~ 400 ~ false ~ The Host header 'a b@c' is not a valid host and port.
            Host port out of range ~ GET {C} HTTP/1.1⏎Host: example.com:99999⏎{KEY}⏎⏎ ~ 400 ~ false ~ The Host header 'example.com:99999' is not a valid host and port.
            two Host headers ~ GET {C} HTTP/1.1⏎Host: a⏎Host: b⏎{KEY}⏎⏎ ~ 400 ~ false ~ The request has 2 Host headers; send one.
            asterisk target without OPTIONS ~ GET * HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400 ~ false ~ The request target '*' is only valid with OPTIONS.
            target that is not a path ~ GET nope HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400 ~ false ~ The request target 'nope' is not a path.
            CONNECT ~ CONNECT example.com:443 HTTP/1.1⏎Host: example.com:443⏎{KEY}⏎⏎ ~ 501 ~ true ~ Method 'CONNECT' is not implemented: this server is not a proxy.
            control bytes instead of a request ~ {CTRL} garbage⏎⏎ ~ 400 ~ true ~ The request is not well-formed HTTP/1.1: its request line, headers or body framing could not be read.
            two different Content-Lengths ~ POST {C} HTTP/1.1⏎Host: x⏎{KEY}⏎Content-Length: 3⏎Content-Length: 5⏎⏎abc ~ 400 ~ true ~ The request is not well-formed HTTP/1.1: its request line, headers or body framing could not be read.
            header name with a space ~ GET {C} HTTP/1.1⏎Host: x⏎{KEY}⏎Bad Header: v⏎⏎ ~ 400 ~ true ~ The request is not well-formed HTTP/1.1: its request line, headers or body framing could not be read.
            body over 10 MB on GET ~ GET {C} HTTP/1.1⏎Host: x⏎{KEY}⏎Content-Length: 20000000⏎⏎abc ~ 413 ~ true ~ The request body is larger than 10485760 bytes (quarkus.http.limits.max-body-size).
            body over 10 MB on POST ~ POST {C} HTTP/1.1⏎Host: x⏎{KEY}⏎Content-Type: application/json⏎Content-Length: 20000000⏎⏎{ ~ 413 ~ true ~ The request body is larger than 10485760 bytes (quarkus.http.limits.max-body-size).
            chunk size not hexadecimal on a push ~ POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}zz⏎{}⏎0⏎⏎ ~ 400 ~ true ~ The request body's chunked framing could not be read: each chunk must start with its size in hexadecimal on a line of its own.
            chunk size not hexadecimal on a GET ~ GET {C} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}zz⏎{}⏎0⏎⏎ ~ 400 ~ true ~ The request body's chunked framing could not be read: each chunk must start with its size in hexadecimal on a line of its own.
            chunk-size line empty ~ POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}⏎{}⏎0⏎⏎ ~ 400 ~ true ~ The request body's chunked framing could not be read: each chunk must start with its size in hexadecimal on a line of its own.
            chunk size with a sign ~ POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}-2⏎{}⏎0⏎⏎ ~ 400 ~ true ~ The request body's chunked framing could not be read: each chunk must start with its size in hexadecimal on a line of its own.
            chunk size overflowing ~ POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}fffffffffffffffffff⏎{}⏎0⏎⏎ ~ 400 ~ true ~ The request body's chunked framing could not be read: each chunk must start with its size in hexadecimal on a line of its own.
            chunk shorter than its size ~ POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}5⏎{}⏎0⏎⏎ ~ 400 ~ true ~ The request body's chunked framing could not be read: each chunk must start with its size in hexadecimal on a line of its own.
            Accept with q=0 for JSON ~ GET {C} HTTP/1.1⏎Host: x⏎{KEY}⏎Accept: application/json;q=0, text/html⏎⏎ ~ 406 ~ false ~ The Accept header 'application/json;q=0, text/html' excludes application/json, the only media type this API answers with.
            Accept excluding JSON does not hide a 404 ~ GET /companies/nope/data/customers HTTP/1.1⏎Host: x⏎{KEY}⏎Accept: text/html⏎⏎ ~ 404 ~ false ~ Company 'nope' was not found.
            Accept excluding JSON does not hide a 400 ~ GET {C}?pageSize=0 HTTP/1.1⏎Host: x⏎{KEY}⏎Accept: text/html⏎⏎ ~ 400 ~ false ~ Invalid value '0' for query parameter 'pageSize': must be a whole number from 1 to 5000.
            """)
    void answersInCodatsShape(String name, String request, int status, boolean closes, String message)
            throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request(request));

        assertEquals(status, answer.status(), answer.statusLine() + " " + answer.body());
        assertTrue(answer.statusLine().startsWith("HTTP/1."), answer.statusLine());
        assertCodatError(answer, status, message);
        assertEquals(closes, "close".equalsIgnoreCase(answer.header("connection")), "Connection: " + answer.headers());
    }

    /**
     * A request target that is not a valid URI is refused by Quarkus before any route sees it: 400, with Quarkus'
     * empty body (README.md, "Limitations"). Reaching it earlier would take Vert.x's internals.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            broken percent-encoding in a parameter ~ GET {C}?page=%zz HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400
            lone percent in a parameter ~ GET {C}?pageSize=% HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400
            broken percent-encoding in the path ~ GET /companies/%zz/data/customers HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400
            lone percent in the path ~ GET /companies/%/data/customers HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400
            character that must be encoded ~ GET {C}/a|b HTTP/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 400
            """)
    void aTargetThatIsNotAValidUriIs400(String name, String request, int status) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request(request));

        assertEquals(status, answer.status(), answer.statusLine() + " " + answer.body());
    }

    /**
     * An HTTP version other than 1.0 and 1.1 is refused: on the JVM it reaches the edge guard, 505 in Codat's shape;
     * the native executable's HTTP server refuses it before any route, 501 with an empty body (README.md,
     * "Limitations"). The status line repeats the caller's version, which Vert.x's public API does not give.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            HTTP/9.9 ~ GET {C} HTTP/9.9⏎Host: x⏎{KEY}⏎⏎ ~ 505 ~ true ~ The request's HTTP version is not supported; use HTTP/1.1.
            HTTP/2.0 as text ~ GET {C} HTTP/2.0⏎Host: x⏎{KEY}⏎⏎ ~ 505 ~ true ~ The request's HTTP version is not supported; use HTTP/1.1.
            unknown protocol ~ GET {C} FOO/1.1⏎Host: x⏎{KEY}⏎⏎ ~ 505 ~ true ~ The request's HTTP version is not supported; use HTTP/1.1.
            """)
    void anUnsupportedVersionIs505(String name, String request, int status, boolean closes, String message)
            throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request(request));

        if (answer.status() == 501) {
            assertEquals("", answer.body(), answer.statusLine());
            return;
        }
        assertCodatError(answer, status, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            chunk-size line cut off        ~ {CHUNKED}5
            chunk cut off                  ~ {CHUNKED}a⏎{"customer
            Content-Length body cut off    ~ Content-Type: application/json⏎Content-Length: 50⏎⏎{"customer
            """)
    void bodyCutOffByTheCallerIsAnsweredBeforeTheConnectionEnds(String name, String headersAndBody)
            throws IOException {
        try (Socket socket = RawHttp.connect()) {
            socket.getOutputStream().write(request("POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎" + headersAndBody)
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

            assertCodatError(answer, 400, CUT_OFF);
            assertEquals("close", answer.header("connection"), answer.headers().toString());
            assertTrue(RawHttp.closedByServer(socket));
        }
    }

    @Test
    void chunkedBodyOverTheSizeLimitIs413() throws IOException {
        String chunk = Integer.toHexString(65_536) + "⏎" + "a".repeat(65_536) + "⏎";
        String body = chunk.repeat(10 * 16 + 1) + "0⏎⏎";

        RawHttp.Answer answer = RawHttp.exchange(request("POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}" + body));

        assertCodatError(answer, 413, "The request body is larger than 10485760 bytes"
                + " (quarkus.http.limits.max-body-size).");
        assertEquals("close", answer.header("connection"), answer.headers().toString());
    }

    @Test
    void brokenChunkAfterAnAnsweredRequestIsAnsweredAfterItAndEndsTheConnection() throws IOException {
        try (Socket socket = RawHttp.connect()) {
            socket.getOutputStream().write(request("GET {C}?pageSize=1 HTTP/1.1⏎Host: x⏎{KEY}⏎⏎"
                    + "POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}zz⏎").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();

            RawHttp.Answer first = RawHttp.read(socket.getInputStream());
            RawHttp.Answer second = RawHttp.read(socket.getInputStream());

            assertEquals(200, first.status(), first.body());
            assertEquals(1, JSON.readTree(first.body()).get("results").size());
            assertCodatError(second, 400, BAD_CHUNK);
            assertEquals("close", second.header("connection"), second.headers().toString());
            assertTrue(RawHttp.closedByServer(socket));
        }
    }

    @ParameterizedTest
    @CsvSource({"TRACE", "DELETE", "PATCH", "PUT", "BREW"})
    void methodNotTakenIs405WithAllowListingThePathsMethods(String method) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request(method + " {C}/71 HTTP/1.1⏎Host: x⏎{KEY}⏎Content-Length: 0⏎⏎"));

        assertCodatError(answer, 405, "The HTTP method is not allowed for this resource.");
        Set<String> allowed = methods(answer.header("allow"));
        assertTrue(allowed.containsAll(List.of("GET", "HEAD", "OPTIONS")), answer.headers().toString());
        assertFalse(allowed.contains(method), answer.headers().toString());
    }

    @Test
    void anUpgradeToHttp2IsAnsweredOverHttp11AsCodatDoes() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/companies/"
                                + TestSandbox.DEFAULT_COMPANY + "/data/customers/71"))
                .header("Authorization", "Basic ZGVtbw==").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), "java.net.http asks for h2c and is declined");
        assertTrue(answer.body().startsWith("{\"id\":\"71\""), answer.body());
    }

    @Test
    void optionsListsThePathsMethods() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("OPTIONS {C}/71 HTTP/1.1⏎Host: x⏎⏎"));

        assertEquals(204, answer.status());
        assertEquals("", answer.body());
        assertTrue(methods(answer.header("allow")).containsAll(List.of("GET", "HEAD", "OPTIONS")), answer.headers().toString());
    }

    @Test
    void optionsAsteriskListsEveryMethodTheServerTakes() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("OPTIONS * HTTP/1.1⏎Host: x⏎⏎"));

        assertEquals(204, answer.status());
        assertTrue(methods(answer.header("allow")).containsAll(List.of("GET", "HEAD", "OPTIONS")), answer.headers().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '"', value = {
            "no Accept header ~ \"\"",
            "JSON ~ Accept: application/json⏎",
            "JSON with parameters ~ Accept: application/json; charset=utf-8⏎",
            "any type ~ Accept: */*⏎",
            "any application type ~ Accept: application/*⏎",
            "JSON weighted down but not out ~ Accept: text/html, application/json;q=0.1⏎",
            "any type, HTML excluded ~ Accept: */*, text/html;q=0⏎",
            "JSON wins over an excluded wildcard ~ Accept: */*;q=0, application/json⏎",
            "unreadable, so as if absent ~ Accept: ;⏎",
            "unreadable ranges, so as if absent ~ Accept: ;;;⏎",
            "unreadable weight on JSON, so as if absent ~ Accept: application/json;q=abc⏎",
    })
    void acceptThatAllowsJsonIsAnswered(String name, String accept) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("GET {C}?pageSize=1 HTTP/1.1⏎Host: x⏎{KEY}⏎" + accept + "⏎"));

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith("application/json"), answer.headers().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '"', value = {
            "HTML only ~ text/html",
            "JSON excluded by its own range ~ text/html, application/json;q=0",
            "application types excluded ~ application/*;q=0, text/plain",
            "everything excluded ~ */*;q=0",
    })
    void acceptThatExcludesJsonIs406OnlyForAnAnswerThatWouldSucceed(String name, String accept) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("GET {C}/71 HTTP/1.1⏎Host: x⏎{KEY}⏎Accept: " + accept + "⏎⏎"));

        assertCodatError(answer, 406, "The Accept header '" + accept
                + "' excludes application/json, the only media type this API answers with.");
    }

    @Test
    void absoluteFormTargetIsAnswered() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("GET http://x{C}?pageSize=1 HTTP/1.1⏎Host: x⏎{KEY}⏎⏎"));

        assertEquals(200, answer.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            chunked ~ {CHUNKED}2⏎{}⏎0⏎⏎
            with a length ~ Content-Type: application/json⏎Content-Length: 2⏎⏎{}
            """)
    void getWithAWellFramedBodyIsAnswered(String name, String headersAndBody) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("GET {C}?pageSize=1 HTTP/1.1⏎Host: x⏎{KEY}⏎" + headersAndBody));

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"pageSize\":1"), answer.body());
    }

    @Test
    void http10WithoutHostIsAnswered() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(request("GET {C}?pageSize=1 HTTP/1.0⏎{KEY}⏎⏎"));

        assertEquals(200, answer.status());
        assertEquals(1, JSON.readTree(answer.body()).get("results").size());
    }

    static Set<String> methods(String allow) {
        Set<String> methods = new TreeSet<>();
        if (allow != null) {
            for (String method : allow.split(",")) {
                methods.add(method.trim());
            }
        }
        return methods;
    }

    /** Exactly Codat's error body for this status, with this message, sent as JSON. */
    static void assertCodatError(RawHttp.Answer answer, int status, String message) throws IOException {
        assertEquals(status, answer.status(), answer.statusLine() + " " + answer.body());
        assertTrue(answer.header("content-type").startsWith("application/json"), answer.headers().toString());
        JsonNode body = JSON.readTree(answer.body());
        List<String> fields = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("statusCode", "service", "error", "correlationId", "canBeRetried", "detailedErrorCode"),
                fields, answer.body());
        assertEquals(status, body.get("statusCode").asInt());
        assertEquals("PublicApi", body.get("service").asText());
        assertEquals(message, body.get("error").asText());
        assertTrue(body.get("correlationId").asText().matches("[0-9a-f]{32}"), answer.body());
        assertEquals("Unknown", body.get("canBeRetried").asText());
        assertEquals(0, body.get("detailedErrorCode").asInt());
        assertNull(answer.header("x-powered-by"));
    }
}
