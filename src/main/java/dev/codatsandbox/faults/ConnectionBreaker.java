package dev.codatsandbox.faults;

import io.vertx.ext.web.RoutingContext;

/**
 * The connection faults, as one HTTP version can carry them out: {@link ConnectionFaults} on an HTTP/1.x connection,
 * {@link StreamFaults} on an HTTP/2 stream. {@link FaultFilter} picks the one for the request's version.
 */
interface ConnectionBreaker {

    /** The connection (or stream) is reset: no answer, an error the client sees at once. */
    void reset(RoutingContext rc);

    /** The connection is closed without an answer. */
    void empty(RoutingContext rc);

    /** Something that is not HTTP, then the end of the connection. */
    void malformed(RoutingContext rc);

    /** The real answer's headers and part of its body ({@code bodyBytes}, or half), then the end. */
    void truncated(RoutingContext rc, Integer bodyBytes);

    /** The real answer, its body in {@code pieces} spread over {@code durationMs}. */
    void dribble(RoutingContext rc, long durationMs, int pieces);
}
