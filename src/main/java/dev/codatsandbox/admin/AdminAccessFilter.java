package dev.codatsandbox.admin;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.pipeline.Pipeline;
import dev.codatsandbox.pipeline.SandboxPaths;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards every path under {@code /_sandbox}, before routing, so every admin endpoint (of any capability) is covered:
 * with {@code sandbox.admin.enabled=false} the whole prefix answers 404; with {@code sandbox.admin.token} set, a call
 * without {@code Authorization: Bearer <token>} answers 401. The token is compared in constant time. The dashboard's
 * static files under {@code /_sandbox/ui/} are served by Quarkus before the REST layer and so do not pass here: they
 * hold no data, and {@link DashboardRoutes} puts them under the same switch.
 */
public class AdminAccessFilter {

    private final boolean enabled;
    private final Optional<byte[]> expected;

    AdminAccessFilter(SandboxConfig config) {
        this.enabled = config.admin().enabled();
        this.expected = config.admin().token().filter(token -> !token.isBlank())
                .map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter(preMatching = true, priority = Pipeline.ACCESS)
    public void guardAdminPaths(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!SandboxPaths.admin(path)) {
            return;
        }
        if (!enabled) {
            throw CodatApiException.notFound("The requested resource was not found.");
        }
        if (expected.isPresent()) {
            String given = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (given == null || !MessageDigest.isEqual(expected.get(), given.getBytes(StandardCharsets.UTF_8))) {
                throw new CodatApiException(401, "Unauthorized: the sandbox's admin API needs Authorization: Bearer"
                        + " <sandbox.admin.token>.");
            }
        }
    }
}
