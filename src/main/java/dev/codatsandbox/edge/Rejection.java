package dev.codatsandbox.edge;

import dev.codatsandbox.errors.CodatErrors;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * Why the edge refuses a request, before any endpoint sees it: a status, the message for the caller, whether the
 * connection must close (its framing cannot be trusted), and the {@code Allow} header of a 405.
 */
record Rejection(int status, String message, boolean close, String allow) {

    static Rejection of(int status, String message) {
        return new Rejection(status, message, false, null);
    }

    static Rejection closing(int status, String message) {
        return new Rejection(status, message, true, null);
    }

    /** Sends Codat's error body for this rejection. */
    void send(HttpServerResponse response) {
        if (allow != null && !response.headWritten()) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        CodatErrors.send(response, status, message, close);
    }
}
