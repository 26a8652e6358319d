package dev.codatsandbox.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The client's transport: one {@link HttpClient} on HTTP/1.1 (the sandbox serves HTTP/1.1; an upgrade attempt would
 * only cost a round trip), JSON in and out, and every non-2xx answer turned into a {@link SandboxException}.
 */
final class Http {

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;
    private final String adminToken;
    private final String apiKeyHeader;

    Http(URI base, Duration timeout, String adminToken, String apiKeyHeader) {
        this.base = base;
        this.timeout = timeout;
        this.adminToken = adminToken;
        this.apiKeyHeader = apiKeyHeader;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    HttpClient client() {
        return client;
    }

    /** A request to one of the sandbox's own paths ({@code /_sandbox/...}), with the admin token if any. */
    String admin(String method, String path, String jsonBody) {
        HttpRequest.Builder request = request(method, path, jsonBody);
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return send(method, path, request);
    }

    /** A request to one of Codat's paths, with the API key. */
    String codat(String method, String path, String jsonBody) {
        return send(method, path, request(method, path, jsonBody).header("Authorization", apiKeyHeader));
    }

    /** The status of a GET of {@code path}, or -1 when nothing answers. */
    int status(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        return request;
    }

    private String send(String method, String path, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base.resolve(path) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        CodatError error = null;
        try {
            error = Json.MAPPER.readValue(response.body(), CodatError.class);
        } catch (IOException | RuntimeException notCodats) {
            // the body is kept as it came
        }
        throw new SandboxException(method + " " + path, status, error, response.body());
    }

    /** {@code path} with the parameters that are not null, encoded. */
    static String query(String path, Map<String, ?> parameters) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** One path segment, encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
