package dev.codatsandbox.admin;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.errors.CodatErrors;
import dev.codatsandbox.pipeline.Pipeline;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's address. Its files (page, script, style) are static resources under
 * {@code META-INF/resources/_sandbox/ui/}, served by Quarkus itself in the jar, the native executable and the
 * containers alike; they hold no data and are served without the admin token, which a browser cannot send when it
 * navigates: every piece of data the page shows comes from the admin API, with the token (see
 * {@link AdminAccessFilter}). {@code /_sandbox/ui} redirects to {@code /_sandbox/ui/}, and with
 * {@code sandbox.admin.enabled=false} the files answer 404 like the rest of the prefix. That filter is only
 * installed then, so a sandbox with the admin API on does nothing more per request than before.
 */
@ApplicationScoped
public class DashboardRoutes {

    static final String PATH = "/_sandbox/ui";

    private final boolean enabled;

    DashboardRoutes(SandboxConfig config) {
        this.enabled = config.admin().enabled();
    }

    void redirect(@Observes Router router) {
        // Vert.x matches a route's path with or without a trailing slash: the page itself goes on to the files
        router.get(PATH).handler(rc -> {
            if (rc.request().path().equals(PATH)) {
                rc.response().setStatusCode(302).putHeader("Location", PATH + "/").end();
            } else {
                rc.next();
            }
        });
    }

    void switchOff(@Observes Filters filters) {
        if (!enabled) {
            filters.register(this::refuse, Pipeline.DASHBOARD_SWITCH);
        }
    }

    private void refuse(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.equals(PATH) || path.startsWith(PATH + "/")) {
            CodatErrors.send(rc.response(), 404, "The requested resource was not found.", false);
            return;
        }
        rc.next();
    }
}
