package dev.codatsandbox.admin;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.webhooks.DeliveryFaultRule;
import dev.codatsandbox.webhooks.DeliveryFaultRuleView;
import dev.codatsandbox.webhooks.DeliveryFaultRules;
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
 * The webhook fault rules in force, apart from the request faults of {@code /_sandbox/faults}: add one (a JSON
 * object) or several (an array), list them with their match and fire counts, read, delete one, delete all.
 */
@Path("/_sandbox/webhooks/faults")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookFaultsResource {

    private final DeliveryFaultRules rules;

    WebhookFaultsResource(DeliveryFaultRules rules) {
        this.rules = rules;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        List<DeliveryFaultRuleView> added = rules.read(body).stream().map(rules::add).toList();
        return AdminAnswers.added(body, added, DeliveryFaultRuleView::id, "/_sandbox/webhooks/faults");
    }

    @GET
    public List<DeliveryFaultRuleView> list() {
        return rules.all();
    }

    @GET
    @Path("/{id}")
    public DeliveryFaultRuleView get(@PathParam("id") String id) {
        return rules.find(id).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return AdminAnswers.deleted(rules.delete(id), () -> notFound(id));
    }

    @DELETE
    public Response deleteAll() {
        rules.clear();
        return Response.noContent().build();
    }

    private static CodatApiException notFound(String id) {
        return CodatApiException.notFound("Webhook fault rule '" + id + "' was not found.");
    }
}
