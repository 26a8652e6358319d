package dev.codatsandbox.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds Codat error bodies and the responses that carry them. Correlation ids come from the current thread's
 * {@link ThreadLocalRandom}, which is seeded when the process starts: no random generator is held in a static
 * field, so the native executable does not carry one made at build time.
 */
public final class CodatErrors {

    public static final String SERVICE = "PublicApi";
    public static final String CAN_BE_RETRIED_UNKNOWN = "Unknown";

    private static final HexFormat HEX = HexFormat.of();

    private CodatErrors() {
    }

    public static CodatError body(int status, String message) {
        return new CodatError(status, SERVICE, message, newCorrelationId(), null, CAN_BE_RETRIED_UNKNOWN, 0);
    }

    public static Response response(int status, String message) {
        return response(body(status, message));
    }

    public static Response response(CodatError body) {
        return Response.status(body.statusCode()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** 32 lower-case hexadecimal characters, new for each call. */
    public static String newCorrelationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
