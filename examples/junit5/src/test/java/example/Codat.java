package example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.client.SandboxClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Stands in for the Codat client under test: in a real project, that client is pointed at
 * {@code sandbox.baseUrl()} and these calls are its own.
 */
record Codat(SandboxClient sandbox) {

    private static final ObjectMapper JSON = new ObjectMapper();

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", sandbox.authorization())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return sandbox.httpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    JsonNode json(String method, String path, String body) throws Exception {
        return JSON.readTree(send(method, path, body).body());
    }

    /** Pushes a customer to the company's one connection; answers the push operation. */
    JsonNode push(String company, String customer) throws Exception {
        String connection = json("GET", "/companies/" + company + "/connections", null)
                .path("results").get(0).path("id").asText();
        return json("POST", "/companies/" + company + "/connections/" + connection + "/push/customers", customer);
    }
}
