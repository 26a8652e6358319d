package dev.codatsandbox.edge;

import dev.codatsandbox.testing.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.net.PemTrustOptions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP versions as Codat serves them, seen by real clients: the plain port answers HTTP/1.1 to Java's default client
 * (which asks to upgrade to h2c), and the HTTPS port speaks HTTP/2 through ALPN with a certificate made for
 * localhost; under {@link JavaClientLoad} neither loses a request. Connection faults on HTTP/2 act on their own
 * stream: the other requests of the same connection are answered meanwhile.
 */
@QuarkusTest
@TestProfile(Http2Test.HttpsOn.class)
class Http2Test {

    static final String TLS_DIR = "target/tls-test";
    static final String PAGE = "/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers?pageSize=100";

    /** The HTTPS port open with the certificate the sandbox makes for localhost, kept in {@link #TLS_DIR}. */
    public static class HttpsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.https.enabled", "true", "sandbox.https.dir", TLS_DIR);
        }
    }

    private static Vertx vertx;

    @BeforeAll
    static void vertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void close() {
        vertx.close();
    }

    static String plain() {
        return "http://localhost:" + RestAssured.port;
    }

    static int sslPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-ssl-port", Integer.class).orElse(8444);
    }

    static String https() {
        return "https://localhost:" + sslPort();
    }

    static Path ca() {
        return Path.of(TLS_DIR, "ca.pem");
    }

    @Test
    void javasDefaultClientLosesNothingOnAFreshServerAndOnAWarmOne() throws Exception {
        for (String round : List.of("fresh", "warm")) {
            CompletableFuture<JavaClientLoad.Result> plain = CompletableFuture.supplyAsync(() -> load(plain(), false));
            CompletableFuture<JavaClientLoad.Result> https = CompletableFuture.supplyAsync(() -> load(https(), true));
            JavaClientLoad.Result overPlain = plain.get(120, TimeUnit.SECONDS);
            JavaClientLoad.Result overHttps = https.get(120, TimeUnit.SECONDS);
            assertEquals(0, overPlain.failed(), round + ", plain port: " + overPlain);
            assertEquals(0, overPlain.differing(), round + ", plain port: " + overPlain);
            assertEquals(Map.of("HTTP_1_1", 320), overPlain.versions(), round + ", plain port: " + overPlain);
            assertEquals(0, overHttps.failed(), round + ", HTTPS: " + overHttps);
            assertEquals(0, overHttps.differing(), round + ", HTTPS: " + overHttps);
            assertEquals(Map.of("HTTP_2", 320), overHttps.versions(), round + ", HTTPS: " + overHttps);
        }
    }

    private static JavaClientLoad.Result load(String baseUrl, boolean tls) {
        try {
            return JavaClientLoad.run(baseUrl, tls ? JavaClientLoad.trusting(ca()) : null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void httpsOffersHttp11ToAClientThatAsksForIt() throws Exception {
        HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .sslContext(JavaClientLoad.trusting(ca())).version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(https() + PAGE))
                        .header("Authorization", JavaClientLoad.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, answer.version());
    }

    /** As docs/http-and-https.md shows it: ca.p12, password changeit, as a Java trust store. */
    @Test
    void theWrittenTrustStoreIsEnoughForJavasClient() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(TLS_DIR, "ca.p12"))) {
            trusted.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        HttpResponse<String> answer = java.net.http.HttpClient.newBuilder().sslContext(ssl).build()
                .send(HttpRequest.newBuilder(URI.create(https() + PAGE))
                        .header("Authorization", JavaClientLoad.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals(java.net.http.HttpClient.Version.HTTP_2, answer.version());
    }

    @Test
    void thePlainPortRefusesHttp2WithPriorKnowledge() throws Exception {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false));
        try {
            Future<Integer> status = client.request(HttpMethod.GET, RestAssured.port, "localhost", PAGE)
                    .compose(request -> request.putHeader("Authorization", JavaClientLoad.API_KEY).send())
                    .map(HttpClientResponse::statusCode);
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> status.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS));
            assertFalse(refused.getCause() instanceof TimeoutException, refused.toString());
        } finally {
            client.close();
        }
    }

    @Test
    void thePlainPortAnswersAnUpgradeRequestOverHttp11() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PAGE + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + JavaClientLoad.API_KEY
                    + "\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c"
                    + "\r\nHTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII));
        }
    }

    /** One HTTP/2 connection over TLS, trusting the sandbox's CA, carrying every request of a test. */
    private static HttpClient http2() {
        return vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2).setSsl(true)
                .setUseAlpn(true).setTrustOptions(new PemTrustOptions().addCertPath(ca().toString()))
                .setHttp2MaxPoolSize(1).setHttp2MultiplexingLimit(100).setDefaultHost("localhost")
                .setDefaultPort(sslPort()));
    }

    /** The answer to a GET of {@code path}, with the connection it came on. */
    private record Answer(HttpClientResponse response, Buffer body, HttpConnection connection) {
    }

    private static Future<Answer> get(HttpClient client, String path, String fault) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(path)
                .addHeader("Authorization", JavaClientLoad.API_KEY);
        if (fault != null) {
            options.addHeader("Sandbox-Fault", fault);
        }
        return client.request(options).compose(request -> request.send()
                .compose(response -> response.body().map(body -> new Answer(response, body, request.connection()))));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** Sends {@code others} plain requests while the faulted one is in flight; answers them, on one connection. */
    private static List<Answer> othersMeanwhile(HttpClient client, Answer first, int others) throws Exception {
        List<Future<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            calls.add(get(client, PAGE, null));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> call : calls) {
            Answer answer = await(call);
            assertEquals(200, answer.response().statusCode());
            assertSame(first.connection(), answer.connection(), "the same HTTP/2 connection");
            answers.add(answer);
        }
        return answers;
    }

    @Test
    void aResetFaultResetsItsStreamAndTheConnectionGoesOn() throws Exception {
        HttpClient client = http2();
        try {
            Answer first = await(get(client, PAGE, null));
            assertEquals(HttpVersion.HTTP_2, first.response().version());
            ExecutionException reset = assertThrows(ExecutionException.class, () -> await(get(client, PAGE, "reset")));
            StreamResetException stream = assertInstanceOf(StreamResetException.class, reset.getCause());
            assertEquals(0x2, stream.getCode(), "RST_STREAM with INTERNAL_ERROR");
            othersMeanwhile(client, first, 3);
        } finally {
            client.close();
        }
    }

    @Test
    void aHangingStreamLeavesTheOthersOfItsConnectionAnswered() throws Exception {
        HttpClient client = http2();
        try {
            Answer first = await(get(client, PAGE, null));
            Future<Answer> hanging = get(client, PAGE, "hang");
            othersMeanwhile(client, first, 5);
            assertFalse(hanging.isComplete(), "the hanging request is still unanswered");
        } finally {
            client.close();
        }
    }

    @Test
    void aTruncatedStreamGetsPartOfItsBodyThenAResetWhileTheOthersAreAnswered() throws Exception {
        HttpClient client = http2();
        try {
            Answer first = await(get(client, PAGE, null));
            CompletableFuture<Integer> received = new CompletableFuture<>();
            CompletableFuture<String> declared = new CompletableFuture<>();
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(PAGE)
                            .addHeader("Authorization", JavaClientLoad.API_KEY)
                            .addHeader("Sandbox-Fault", "truncated;bodyBytes=1000"))
                    .compose(request -> request.send()).onSuccess(response -> {
                        declared.complete(response.getHeader("Content-Length"));
                        int[] bytes = {0};
                        response.handler(chunk -> bytes[0] += chunk.length());
                        response.exceptionHandler(failure -> received.complete(bytes[0]));
                        response.endHandler(ended -> received.completeExceptionally(new AssertionError(
                                "the truncated answer ended normally after " + bytes[0] + " bytes")));
                    }).onFailure(received::completeExceptionally);
            othersMeanwhile(client, first, 3);
            assertEquals(1000, received.get(30, TimeUnit.SECONDS));
            assertEquals(Integer.toString(first.body().length()), declared.get(),
                    "the whole body's length is declared");
        } finally {
            client.close();
        }
    }

    @Test
    void aDribbledStreamArrivesWholeAndLateWhileTheOthersAreAnsweredAtOnce() throws Exception {
        HttpClient client = http2();
        try {
            Answer first = await(get(client, PAGE, null));
            long start = System.nanoTime();
            Future<Answer> dribbled = get(client, PAGE, "dribble;durationMs=1500;chunks=5");
            othersMeanwhile(client, first, 3);
            assertFalse(dribbled.isComplete(), "the dribbled answer is still arriving");
            Answer slow = await(dribbled);
            long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(tookMs >= 1200, "took " + tookMs + " ms");
            assertArrayEquals(first.body().getBytes(), slow.body().getBytes());
        } finally {
            client.close();
        }
    }

    @Test
    void emptyAndMalformedEndTheConnectionAndANewOneIsServed() throws Exception {
        for (String fault : List.of("empty", "malformed")) {
            HttpClient client = http2();
            try {
                await(get(client, PAGE, null));
                assertThrows(ExecutionException.class, () -> await(get(client, PAGE, fault)), fault);
                assertEquals(200, await(get(client, PAGE, null)).response().statusCode(), "after " + fault);
            } finally {
                client.close();
            }
        }
    }
}
