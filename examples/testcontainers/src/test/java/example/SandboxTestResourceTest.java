package example;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Quarkus test resource starts a ready sandbox, hands out its URL, and stops it. */
class SandboxTestResourceTest {

    @Test
    void startGivesTheUrlOfAReadySandbox() throws Exception {
        SandboxTestResource resource = new SandboxTestResource();
        try {
            Map<String, String> config = resource.start();
            HttpResponse<String> ready = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(config.get("codat.base-url") + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
        } finally {
            resource.stop();
        }
    }
}
