package dev.codatsandbox.pipeline;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The sandbox's own requests to itself: a fault that must spoil a real answer on HTTP/2 first asks the sandbox for
 * that answer over HTTP/1.1, marked by a header holding a secret made at start. Such a request passes no fault and
 * no journal stage (the outer request is the one faulted and journaled); every stage asks {@link #inner} here.
 */
@ApplicationScoped
public class InnerRequests {

    /** The header that marks the sandbox's own request. */
    public static final String HEADER = "Sandbox-Inner-Request";

    private final String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    /** Whether the request is the sandbox's own. */
    public boolean inner(HttpServerRequest request) {
        String mark = request.getHeader(HEADER);
        return mark != null && mark.equals(secret);
    }

    /** Marks a request the sandbox is about to send to itself. */
    public RequestOptions mark(RequestOptions options) {
        return options.addHeader(HEADER, secret);
    }
}
