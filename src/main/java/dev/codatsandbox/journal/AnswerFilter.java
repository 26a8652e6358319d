package dev.codatsandbox.journal;

import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.pipeline.RequestFacts;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands the journal what the REST layer answers with: the entity its writer turns into the body (kept by reference,
 * the entities being immutable, so that the body is written again only when someone asks to see it) and the
 * correlationId of an error body.
 */
public class AnswerFilter {

    private final CurrentVertxRequest current;

    AnswerFilter(CurrentVertxRequest current) {
        this.current = current;
    }

    @ServerResponseFilter
    public void keep(ContainerResponseContext response) {
        RoutingContext rc = current.getCurrent();
        if (rc == null) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof CodatError error) {
            RequestFacts.correlationId(rc, error.correlationId());
        }
        if (entity != null) {
            RequestFacts.answerBody(rc, entity);
        }
    }
}
