package dev.codatsandbox.pipeline;

import io.vertx.ext.web.RoutingContext;

/**
 * The facts about one request that one stage of the {@link Pipeline} learns and a later one reads, kept on the
 * request's routing context under the keys named here: the correlationId of the error body sent and what the
 * answer's body was made from (the fault stage or the REST layer), and the fault that fired (the fault stage), all
 * read by the journal. Keeping them here lets the
 * journal read what the fault stage decided without depending on how faults work.
 */
public final class RequestFacts {

    private static final String CORRELATION_ID = "sandbox.correlationId";
    private static final String FAULT = "sandbox.faultFired";
    private static final String ANSWER_BODY = "sandbox.answerBody";

    private RequestFacts() {
    }

    /**
     * A fault that fired on the request: the rule's id (or {@code header} when the {@code Sandbox-Fault} header asked
     * for it), the fault's kind, and whether it left the request without an answer (a broken connection or stream,
     * or one never answered).
     */
    public record FaultFired(String source, String kind, boolean unanswered) {
    }

    public static void correlationId(RoutingContext rc, String correlationId) {
        rc.put(CORRELATION_ID, correlationId);
    }

    /** The correlationId of the error body the request was answered with, or null. */
    public static String correlationId(RoutingContext rc) {
        return rc.get(CORRELATION_ID);
    }

    public static void faultFired(RoutingContext rc, FaultFired fault) {
        rc.put(FAULT, fault);
    }

    /** The fault that fired on the request, or null. */
    public static FaultFired faultFired(RoutingContext rc) {
        return rc.get(FAULT);
    }

    /**
     * Keeps what the answer's body is made from: its text or bytes when the stage wrote them itself, or the entity
     * the REST layer's writer turned into bytes.
     */
    public static void answerBody(RoutingContext rc, Object body) {
        rc.put(ANSWER_BODY, body);
    }

    /** What the answer's body was made from, or null when nothing was kept. */
    public static Object answerBody(RoutingContext rc) {
        return rc.get(ANSWER_BODY);
    }
}
