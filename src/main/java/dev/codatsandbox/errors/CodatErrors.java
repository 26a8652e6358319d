package dev.codatsandbox.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds Codat error bodies and the answers that carry them: a JAX-RS {@link Response} for the REST layer, or the
 * bytes written straight to a Vert.x response for failures found below it (a request the HTTP decoder could not
 * read, a bad Host header, a body over the limit). Both go through {@link #body(int, String)}, so every error on the
 * wire has one shape whichever layer found it.
 * Correlation ids come from the current thread's {@link ThreadLocalRandom}, seeded when the process starts: no
 * random generator is held in a static field, so the native executable does not carry one made at build time.
 */
public final class CodatErrors {

    public static final String SERVICE = "PublicApi";
    public static final String CAN_BE_RETRIED_UNKNOWN = "Unknown";

    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CodatErrors() {
    }

    public static CodatError body(int status, String message) {
        return new CodatError(status, SERVICE, message, newCorrelationId(), null, CAN_BE_RETRIED_UNKNOWN, 0);
    }

    /** The caller-facing message for a status that carries no message of the sandbox's own. */
    public static String message(int status) {
        return HttpMessages.forStatus(status);
    }

    public static Response response(int status, String message) {
        return response(body(status, message));
    }

    public static Response response(CodatError body) {
        return Response.status(body.statusCode()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * Writes Codat's error body for this status and message as the whole answer, unless an answer was already
     * started (then the connection is closed, as nothing well-formed can follow). With {@code close}, the answer
     * says {@code Connection: close} and the connection is closed once it is sent: for requests whose framing
     * cannot be trusted, so that nothing after them is read as a request.
     */
    public static void send(HttpServerResponse response, int status, String message, boolean close) {
        send(response, body(status, message), close);
    }

    /** As {@link #send(HttpServerResponse, int, String, boolean)}, for a body already made (its id logged). */
    public static void send(HttpServerResponse response, CodatError body, boolean close) {
        int status = body.statusCode();
        if (response.headWritten() || response.ended() || response.closed()) {
            if (!response.closed()) {
                response.close();
            }
            return;
        }
        Buffer bytes = Buffer.buffer(json(body));
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(bytes.length()));
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            response.end(bytes).onComplete(done -> response.close());
        } else {
            response.end(bytes);
        }
    }

    /** The body as the REST layer writes it: Codat's fields in Codat's order, {@code validation} only when set. */
    public static byte[] json(CodatError body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Codat error bodies are plain records and always serialise", e);
        }
    }

    /** 32 lower-case hexadecimal characters, new for each call. */
    public static String newCorrelationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
