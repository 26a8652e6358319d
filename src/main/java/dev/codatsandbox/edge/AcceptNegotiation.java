package dev.codatsandbox.edge;

import dev.codatsandbox.errors.CodatErrors;
import dev.codatsandbox.pipeline.Pipeline;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * Content negotiation for a JSON-only API: route first, then negotiate. The {@code Accept} header is read before
 * routing ({@link MediaRanges}) and set aside, so that an unknown company is a 404 and a bad parameter a 400 whatever
 * the client accepts; only an answer that would have succeeded becomes a 406, when the client's header excludes
 * {@code application/json} (a {@code q=0}, or only other types). Error bodies are always JSON, as RFC 9110 allows a
 * server to disregard {@code Accept} rather than answer nothing useful. A download of an attachment answers
 * {@code application/octet-stream}, as Codat documents it, and is negotiated for that type the same way. The one
 * exception is the sandbox's own event stream (the journal's, {@value #EVENT_STREAM}), which answers {@code
 * text/event-stream}: a request to it keeps its header and is negotiated as JAX-RS does.
 */
public class AcceptNegotiation {

    static final String EVENT_STREAM = "/_sandbox/journal/stream";
    private static final String NOT_ACCEPTABLE = AcceptNegotiation.class.getName() + ".notAcceptable";

    @ServerRequestFilter(preMatching = true, priority = Pipeline.ACCEPT)
    public void readAccept(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().equals(EVENT_STREAM)) {
            return;
        }
        String accept = String.join(",", request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, List.of()));
        String answered = download(request.getUriInfo().getPath()) ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.APPLICATION_JSON;
        if (!MediaRanges.accepts(accept, answered)) {
            request.setProperty(NOT_ACCEPTABLE, new String[] {accept, answered});
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, answered);
    }

    @ServerResponseFilter
    public void refuseIfExcluded(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(NOT_ACCEPTABLE) instanceof String[] refused && response.getStatus() >= 200
                && response.getStatus() < 300) {
            response.setStatus(406);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove("Content-Disposition");
            response.setEntity(CodatErrors.body(406, "The Accept header '" + Printable.of(refused[0]) + "' excludes "
                    + refused[1] + ", the only media type " + (refused[1].equals(MediaType.APPLICATION_JSON)
                    ? "this API answers with." : "this endpoint answers with.")));
        }
    }

    /** Whether the path is a download of Codat's, answered with the file's bytes rather than JSON. */
    static boolean download(String path) {
        return path.startsWith("/companies/") && path.endsWith("/download") && path.contains("/attachments/");
    }
}
