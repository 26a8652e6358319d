package dev.codatsandbox.admin;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.webhooks.ConsumerRequest;
import dev.codatsandbox.webhooks.RegisteredConsumer;
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

/**
 * Webhook consumers as the sandbox keeps them, secrets included: register one (a JSON object, Codat's fields and
 * an optional {@code secret}) or several (an array), list, read, delete one. Codat's own {@code /webhooks} calls
 * see and change the same consumers. A bad consumer answers 400 naming the field.
 */
@Path("/_sandbox/webhooks/consumers")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookConsumersResource {

    private final WebhookConsumers consumers;

    WebhookConsumersResource(WebhookConsumers consumers) {
        this.consumers = consumers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body) {
        List<ConsumerRequest> requests = consumers.read(body);
        List<RegisteredConsumer> added = requests.stream()
                .map(request -> consumers.register(request, RegisteredConsumer.ADMIN)).toList();
        return AdminAnswers.added(body, added, RegisteredConsumer::id, "/_sandbox/webhooks/consumers");
    }

    @GET
    public List<RegisteredConsumer> list() {
        return consumers.all();
    }

    @GET
    @Path("/{id}")
    public RegisteredConsumer get(@PathParam("id") String id) {
        return consumers.find(id).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return AdminAnswers.deleted(consumers.delete(id), () -> notFound(id));
    }

    private static CodatApiException notFound(String id) {
        return CodatApiException.notFound("Webhook consumer '" + id + "' was not found.");
    }
}
