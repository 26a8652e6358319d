package dev.codatsandbox.admin;

import dev.codatsandbox.api.WholeNumbers;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.faults.Operation;
import dev.codatsandbox.journal.JournalEntry;
import dev.codatsandbox.journal.JournalQuery;
import dev.codatsandbox.journal.RequestJournal;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The request journal: list entries (oldest first) or count them, filtered by company, operation, method, status,
 * page, path, fault and {@code since} (an ISO 8601 instant), and clear it.
 */
@Path("/_sandbox/journal")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    private final RequestJournal journal;

    JournalResource(RequestJournal journal) {
        this.journal = journal;
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

    @DELETE
    public Response clear() {
        journal.clear();
        return Response.noContent().build();
    }

    private static JournalQuery query(String company, String operation, String method, String status, String page,
            String since, String path, String fault) {
        if (operation != null && Operation.named(operation).filter(o -> o != Operation.ANY).isEmpty()) {
            throw invalid("operation", operation, "must be one of list, get, push-create, push-update, push-poll,"
                    + " platform, other");
        }
        return new JournalQuery(company, operation, method, number("status", status), number("page", page),
                instant(since), path, fault);
    }

    private static Integer number(String name, String text) {
        if (text == null) {
            return null;
        }
        return WholeNumbers.parse(text).orElseThrow(() -> invalid(name, text, "must be a whole number"));
    }

    private static Instant instant(String text) {
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
