package dev.codatsandbox.auth;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.pipeline.Pipeline;
import dev.codatsandbox.pipeline.SandboxPaths;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires an accepted API key on every Codat path, before routing, as Codat does: an unknown path without a key
 * is 401, not 404. The sandbox's own paths ({@code /_sandbox}, the admin API, and {@code /q}, health and the like)
 * are not Codat's and take no API key.
 */
public class ApiKeyFilter {

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true, priority = Pipeline.ACCESS)
    public void requireApiKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SandboxPaths.own(path)) {
            return;
        }
        if (!keys.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            throw new CodatApiException(401, "Unauthorized");
        }
    }
}
