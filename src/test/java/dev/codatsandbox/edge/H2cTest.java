package dev.codatsandbox.edge;

import dev.codatsandbox.testing.TightSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With {@code sandbox.http.h2c} on, the plain port speaks HTTP/2 with prior knowledge and by upgrade. */
@QuarkusTest
@TestProfile(TightSettings.class)
class H2cTest {

    private static HttpVersion version(HttpClientOptions options) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpClient client = vertx.createHttpClient(options);
            return client.request(HttpMethod.GET, RestAssured.port, "localhost", Http2Test.PAGE)
                    .compose(request -> request.putHeader("Authorization", JavaClientLoad.API_KEY).send())
                    .map(HttpClientResponse::version)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            vertx.close();
        }
    }

    @Test
    void priorKnowledgeIsAnsweredOverHttp2() throws Exception {
        assertEquals(HttpVersion.HTTP_2, version(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false)));
    }

    @Test
    void anUpgradeIsAccepted() throws Exception {
        assertEquals(HttpVersion.HTTP_2, version(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(true)));
    }
}
