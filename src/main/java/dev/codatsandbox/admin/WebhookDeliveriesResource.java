package dev.codatsandbox.admin;

import dev.codatsandbox.webhooks.DeliveryAttempt;
import dev.codatsandbox.webhooks.DeliveryJournal;
import dev.codatsandbox.webhooks.DeliveryQuery;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The webhook delivery journal, like the request journal: list attempts (oldest first) or count them, filtered by
 * {@code eventType}, {@code eventId}, {@code consumer}, {@code status}, {@code attempt}, {@code fault} (a rule id or
 * a kind) and {@code since} (an ISO 8601 instant); and clear it.
 */
@Path("/_sandbox/webhooks/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveriesResource {

    private final DeliveryJournal journal;

    WebhookDeliveriesResource(DeliveryJournal journal) {
        this.journal = journal;
    }

    @GET
    public List<DeliveryAttempt> list(@QueryParam("eventType") String eventType,
            @QueryParam("eventId") String eventId, @QueryParam("consumer") String consumer,
            @QueryParam("status") String status, @QueryParam("attempt") String attempt,
            @QueryParam("fault") String fault, @QueryParam("since") String since) {
        return journal.entries(query(eventType, eventId, consumer, status, attempt, fault, since));
    }

    @GET
    @Path("/count")
    public Map<String, Long> count(@QueryParam("eventType") String eventType,
            @QueryParam("eventId") String eventId, @QueryParam("consumer") String consumer,
            @QueryParam("status") String status, @QueryParam("attempt") String attempt,
            @QueryParam("fault") String fault, @QueryParam("since") String since) {
        return Map.of("count", journal.count(query(eventType, eventId, consumer, status, attempt, fault, since)));
    }

    @DELETE
    public Response clear() {
        journal.clear();
        return Response.noContent().build();
    }

    private static DeliveryQuery query(String eventType, String eventId, String consumer, String status,
            String attempt, String fault, String since) {
        return new DeliveryQuery(eventType, eventId, consumer, JournalResource.number("status", status),
                JournalResource.number("attempt", attempt), fault, JournalResource.instant(since));
    }
}
