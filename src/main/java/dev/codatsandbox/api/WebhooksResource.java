package dev.codatsandbox.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.requests.JsonBodies;
import dev.codatsandbox.webhooks.ConsumerRequest;
import dev.codatsandbox.webhooks.RegisteredConsumer;
import dev.codatsandbox.webhooks.WebhookConsumer;
import dev.codatsandbox.webhooks.WebhookConsumers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * Codat's webhook consumer calls (Platform API, tag Webhooks): list ({@code {"results": [...]}}), create (201, the
 * consumer) and delete (204). The secret of a consumer made here is the sandbox's, read through the admin API
 * ({@code /_sandbox/webhooks/consumers/{id}}); a {@code secret} in the body is not Codat's and is ignored.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    private final WebhookConsumers consumers;
    private final JsonBodies bodies;

    WebhooksResource(WebhookConsumers consumers, JsonBodies bodies) {
        this.consumers = consumers;
        this.bodies = bodies;
    }

    @GET
    public Map<String, List<WebhookConsumer>> list() {
        return Map.of("results", consumers.all().stream().map(RegisteredConsumer::codat).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        ConsumerRequest request = bodies.read(body, new TypeReference<ConsumerRequest>() { },
                "a webhook consumer such as {\"url\": \"https://example.com/webhooks\", \"eventTypes\":"
                        + " [\"customers.write.successful\"]}");
        ConsumerRequest codat = new ConsumerRequest(request.url(), request.disabled(), request.eventTypes(),
                request.companyTags(), request.companyId(), null);
        return Response.status(201).entity(consumers.register(codat, RegisteredConsumer.PLATFORM_API).codat())
                .build();
    }

    @DELETE
    @Path("/{webhookId}")
    public Response delete(@PathParam("webhookId") String webhookId) {
        if (!consumers.delete(webhookId)) {
            throw CodatApiException.notFound("Webhook consumer " + webhookId + " not found.");
        }
        return Response.noContent().build();
    }
}
