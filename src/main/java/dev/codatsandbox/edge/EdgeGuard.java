package dev.codatsandbox.edge;

import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.errors.CodatErrors;
import dev.codatsandbox.pipeline.Pipeline;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first route of the HTTP router and the failure handler of every route. It refuses requests that break
 * {@link EdgeRules} before any endpoint sees them, answers {@code OPTIONS} from {@link Routes}, adds {@code Allow}
 * to every 405, reads a GET's body (if it has one) whole before the GET goes on, and turns any failure the router
 * or Quarkus raises (a body over the limit, a missing Host header found late) into Codat's error body: nothing
 * Quarkus- or Vert.x-shaped reaches the wire. Callers' mistakes are logged at DEBUG; only a failure of the sandbox
 * itself (a 5xx) is logged at ERROR, with its correlation id.
 */
@ApplicationScoped
public class EdgeGuard {

    private static final Logger LOG = Logger.getLogger(EdgeGuard.class);
    private static final List<Integer> ROUTER_STATUSES = List.of(400, 401, 403, 404, 405, 406, 408, 413, 414, 415,
            431, 500, 501, 503, 505);

    private final Routes routes;
    private final TrafficLog traffic = TrafficLog.SHARED;
    /** Read once: configuration is fixed while the server runs, and a look-up per request costs more than the rules. */
    private final EdgeLimits limits = EdgeLimits.current();

    EdgeGuard(Routes routes) {
        this.routes = routes;
    }

    void install(@Observes Router router) {
        router.route().order(Pipeline.EDGE_GUARD).handler(this::guard).failureHandler(this::failure);
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, this::failure);
        }
    }

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        long started = System.nanoTime();
        context.addHeadersEndHandler(ignored -> allowOn405(request, context.response()));
        context.addEndHandler(ignored -> answered(request, context.response(), started));
        Optional<Rejection> rejection = EdgeRules.check(request, limits);
        if (rejection.isPresent()) {
            rejection.get().send(context.response());
            return;
        }
        if (answeredOptions(request, context.response())) {
            return;
        }
        if (request.method() == HttpMethod.GET && carriesBody(request) && !request.isEnded()) {
            // A GET's endpoint reads no body, and may answer at once: the body is read whole first, so that one whose
            // framing is broken is refused (BodyFraming) rather than answered, and the request never goes on.
            request.body().onSuccess(body -> context.next());
            request.resume();
            return;
        }
        context.next();
    }

    private static boolean carriesBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || length != null && !length.equals("0");
    }

    /** Answers {@code OPTIONS} for a path some resource has, or for {@code *}: 204 with {@code Allow}. */
    private boolean answeredOptions(HttpServerRequest request, HttpServerResponse response) {
        if (request.method() != HttpMethod.OPTIONS) {
            return false;
        }
        Set<String> allowed = "*".equals(request.uri()) ? routes.allowedAnywhere() : routes.allowed(request.path());
        if (allowed.isEmpty()) {
            return false;
        }
        response.setStatusCode(204).putHeader(HttpHeaders.ALLOW, Routes.header(allowed)).end();
        return true;
    }

    private void allowOn405(HttpServerRequest request, HttpServerResponse response) {
        if (response.getStatusCode() == 405 && !response.headers().contains(HttpHeaders.ALLOW)) {
            Set<String> allowed = routes.allowed(request.path());
            if (!allowed.isEmpty()) {
                response.putHeader(HttpHeaders.ALLOW, Routes.header(allowed));
            }
        }
    }

    private void answered(HttpServerRequest request, HttpServerResponse response, long started) {
        traffic.answered(response.getStatusCode());
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s %s -> %d in %d us", request.method(), Printable.of(request.uri()), response.getStatusCode(),
                    (System.nanoTime() - started) / 1000);
        }
    }

    private void failure(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        Optional<Rejection> rejection = EdgeRules.check(request, limits);
        if (rejection.isPresent()) {
            rejection.get().send(response);
            return;
        }
        if ("*".equals(request.uri()) && answeredOptions(request, response)) {
            return;
        }
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            LOG.debugf("%s %s failed with %d: %s", request.method(), Printable.of(request.uri()), status,
                    context.failure());
            if (status == 413) {
                Rejection.closing(413, "The request body is larger than " + limits.maxBodyBytes() + " bytes ("
                        + EdgeLimits.BODY_KEY + ").").send(response);
            } else {
                CodatErrors.send(response, status, CodatErrors.message(status), false);
            }
            return;
        }
        CodatError body = CodatErrors.body(500, CodatErrors.message(500));
        LOG.errorf(context.failure(), "Unexpected failure of %s %s, correlationId %s", request.method(),
                Printable.of(request.path()), body.correlationId());
        CodatErrors.send(response, body, false);
    }
}
