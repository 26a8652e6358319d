package dev.codatsandbox.admin;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.journal.AnswerBodies;
import dev.codatsandbox.journal.JournalEntry;
import dev.codatsandbox.journal.JournalQuery;
import dev.codatsandbox.journal.RequestJournal;
import dev.codatsandbox.pipeline.Operation;
import dev.codatsandbox.requests.WholeNumbers;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.sse.Sse;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The request journal: list entries (oldest first) or count them, filtered by company, operation, method, status,
 * page, path, fault and {@code since} (an ISO 8601 instant), and clear it; or follow it as server-sent events.
 *
 * <p>The stream ({@code /_sandbox/journal/stream}) sends a {@code ready} event, then an {@code entry} event (the
 * entry as JSON, its sequence number as the event id) for each request as it is recorded, and a comment every
 * {@value #KEEP_ALIVE_SECONDS} seconds so that an idle stream outlives {@code quarkus.http.idle-timeout}. A client
 * that falls {@value #STREAM_BUFFER} entries behind has its stream ended (it reconnects and reads the journal
 * again), so a slow reader holds a bounded amount of memory and never slows the requests being recorded.
 */
@Path("/_sandbox/journal")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    static final int STREAM_BUFFER = 1024;
    static final int KEEP_ALIVE_SECONDS = 15;

    private final RequestJournal journal;
    private final AnswerBodies answers;

    JournalResource(RequestJournal journal, AnswerBodies answers) {
        this.journal = journal;
        this.answers = answers;
    }

    @GET
    public List<JournalEntry> list(@QueryParam("company") String company, @QueryParam("operation") String operation,
            @QueryParam("method") String method, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("since") String since, @QueryParam("path") String path, @QueryParam("fault") String fault) {
        return journal.entries(query(company, operation, method, status, page, since, path, fault));
    }

    @GET
    @Path("/count")
    public Map<String, Long> count(@QueryParam("company") String company, @QueryParam("operation") String operation,
            @QueryParam("method") String method, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("since") String since, @QueryParam("path") String path, @QueryParam("fault") String fault) {
        return Map.of("count", journal.count(query(company, operation, method, status, page, since, path, fault)));
    }

    /** Every entry recorded from now on, as server-sent events. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @APIResponse(responseCode = "200", description = "Events named entry, each a journal entry as JSON",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = JournalEntry.class)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Multi<OutboundSseEvent> entries = Multi.createFrom().<JournalEntry>emitter(
                        emitter -> emitter.onTermination(journal.watch(emitter::emit)), BackPressureStrategy.BUFFER)
                .onOverflow().buffer(STREAM_BUFFER)
                .map(entry -> sse.newEventBuilder().name("entry").id(Long.toString(entry.sequence()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(JournalEntry.class, entry).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(KEEP_ALIVE_SECONDS))
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> ready = Multi.createFrom().item(() -> sse.newEventBuilder().name("ready")
                .data(String.class, "{}").build());
        return Multi.createBy().merging().streams(ready, entries, keepAlive);
    }

    /**
     * The answer the request numbered {@code sequence} was sent: status, headers and body (as text when the body is
     * JSON or text, else base64), byte for byte as sent.
     */
    @GET
    @Path("/{sequence}/answer")
    public AnswerView answer(@PathParam("sequence") String sequence) {
        AnswerBodies.SentAnswer sent = sent(sequence);
        byte[] body = sent.body();
        String type = sent.headers().getOrDefault("Content-Type", "");
        boolean text = type.contains("json") || type.startsWith("text/");
        return new AnswerView(sent.sequence(), sent.status(), sent.headers(), body == null ? null : body.length,
                body != null && text ? new String(body, StandardCharsets.UTF_8) : null,
                body != null && !text ? Base64.getEncoder().encodeToString(body) : null);
    }

    /** The body alone, with the {@code Content-Type} it was sent with. */
    @GET
    @Path("/{sequence}/answer/body")
    @Produces(MediaType.WILDCARD)
    public Response answerBody(@PathParam("sequence") String sequence) {
        AnswerBodies.SentAnswer sent = sent(sequence);
        if (sent.body() == null) {
            throw new CodatApiException(404, "The answer to request " + sequence + " has no body the journal can"
                    + " show: none was sent, or it was a file.");
        }
        return Response.ok(sent.body(), sent.headers().getOrDefault("Content-Type",
                MediaType.APPLICATION_OCTET_STREAM)).build();
    }

    /** An answer as the admin API shows it. */
    @RegisterForReflection
    @JsonPropertyOrder({"sequence", "status", "headers", "bodyBytes", "body", "bodyBase64"})
    public record AnswerView(long sequence, Integer status, Map<String, String> headers, Integer bodyBytes,
            String body, String bodyBase64) {
    }

    private AnswerBodies.SentAnswer sent(String sequence) {
        Integer number = WholeNumbers.parse(sequence).orElseThrow(() -> new CodatApiException(400,
                "Invalid request sequence '" + sequence + "': must be a whole number."));
        return answers.answer(number).orElseThrow(() -> new CodatApiException(404, "The journal has no request "
                + number + ": it keeps the last sandbox.journal.max-entries requests, since start or the last clear."));
    }

    @DELETE
    public Response clear() {
        journal.clear();
        return Response.noContent().build();
    }

    private static JournalQuery query(String company, String operation, String method, String status, String page,
            String since, String path, String fault) {
        if (operation != null && Operation.named(operation).filter(o -> o != Operation.ANY).isEmpty()) {
            throw invalid("operation", operation, "must be one of "
                    + Operation.namesBut(Operation.ANY));
        }
        return new JournalQuery(company, operation, method, number("status", status), number("page", page),
                instant(since), path, fault);
    }

    static Integer number(String name, String text) {
        if (text == null) {
            return null;
        }
        return WholeNumbers.parse(text).orElseThrow(() -> invalid(name, text, "must be a whole number"));
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("since", text, "must be an ISO 8601 instant such as 2025-01-31T12:00:00Z");
        }
    }

    private static CodatApiException invalid(String name, String value, String rule) {
        return new CodatApiException(400, "Invalid value '" + value + "' for query parameter '" + name + "': "
                + rule + ".");
    }
}
