package dev.codatsandbox.journal;

import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.pipeline.RequestFacts;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands the correlationId of an error body the REST layer sends to the journal. */
public class CorrelationIds {

    private final CurrentVertxRequest current;

    CorrelationIds(CurrentVertxRequest current) {
        this.current = current;
    }

    @ServerResponseFilter
    public void keep(ContainerResponseContext response) {
        if (response.getEntity() instanceof CodatError error) {
            RoutingContext rc = current.getCurrent();
            if (rc != null) {
                RequestFacts.correlationId(rc, error.correlationId());
            }
        }
    }
}
