package dev.codatsandbox.testing;

import io.restassured.RestAssured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.restassured.RestAssured.given;

/**
 * What the tests share: the sandbox's documented default company, adding fault rules through the admin API, and a
 * real HTTP client.
 */
public final class TestSandbox {

    /** The default sandbox company of Codat's documentation, served with generated customers. */
    public static final String DEFAULT_COMPANY = "919371ab-763c-4bc7-99a4-9723cade34d3";
    public static final String OTHER_COMPANY = "0b6c1f0e-2a4d-4f3b-9c7e-5d8a1b2c3d4e";
    public static final String LIST = "/companies/" + DEFAULT_COMPANY + "/data/customers";

    private TestSandbox() {
    }

    /** Adds a rule and answers its id. */
    public static String addRule(String json) {
        return given().contentType("application/json").body(json)
                .when().post("/_sandbox/faults")
                .then().statusCode(201).extract().path("id");
    }

    public static void clearRulesAndJournal() {
        given().when().delete("/_sandbox/faults").then().statusCode(204);
        given().when().delete("/_sandbox/journal").then().statusCode(204);
    }

    public static URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A GET with the demo API key, as Codat's clients send it. */
    public static HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", SendsAnApiKey.DEMO_KEY_HEADER)
                .timeout(Duration.ofSeconds(30)).GET();
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
