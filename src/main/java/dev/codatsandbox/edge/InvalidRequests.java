package dev.codatsandbox.edge;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.logging.Logger;

/**
 * Answers requests that the HTTP decoder could not read: a request line over the limit (414), headers over the
 * limit (431), and anything else malformed (400), each with Codat's
 * error body and {@code Connection: close}, as nothing after a request of broken framing can be trusted. Vert.x's
 * own answer to these is an empty body; this handler replaces it on every connection (see {@link ConnectionHooks}).
 */
final class InvalidRequests implements Handler<HttpServerRequest> {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);

    private final TrafficLog traffic;

    InvalidRequests(TrafficLog traffic) {
        this.traffic = traffic;
    }

    @Override
    public void handle(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        Rejection rejection = rejection(cause);
        traffic.malformed();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Unreadable request from %s answered %d: %s", request.remoteAddress(), rejection.status(),
                    cause == null ? "no cause" : cause.toString());
        }
        rejection.send(request.response());
    }

    static Rejection rejection(Throwable cause) {
        EdgeLimits limits = EdgeLimits.current();
        if (cause instanceof TooLongHttpLineException) {
            return Rejection.closing(414, "The request line is longer than " + limits.maxRequestLineBytes()
                    + " bytes (" + EdgeLimits.REQUEST_LINE_KEY + ").");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Rejection.closing(431, "The request headers are larger than " + limits.maxHeaderBytes()
                    + " bytes (" + EdgeLimits.HEADERS_KEY + ").");
        }
        return Rejection.closing(400, "The request is not well-formed HTTP/1.1: its request line, headers or body"
                + " framing could not be read.");
    }
}
