package dev.codatsandbox.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A stand-in for the Codat client a project tests: plain HTTP calls to the sandbox's Codat endpoints. */
final class Codat {

    private final SandboxClient sandbox;

    Codat(SandboxClient sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", sandbox.authorization())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return sandbox.httpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, null, headers);
    }

    JsonNode json(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return Json.tree(response.body());
    }

    /** Pushes a new customer to the company's connection; answers the push operation's key. */
    String pushCustomer(String company, String customerJson) throws Exception {
        String connection = json("GET", "/companies/" + company + "/connections", null)
                .path("results").get(0).path("id").asText();
        return json("POST", "/companies/" + company + "/connections/" + connection + "/push/customers",
                customerJson).path("pushOperationKey").asText();
    }
}
