package dev.codatsandbox.edge;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.quarkus.vertx.http.runtime.ExtendedQuarkusVertxHttpMetrics;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;

/**
 * Hooks the sandbox into Vert.x's HTTP server below the router, through Vert.x's metrics SPI, the one place Vert.x
 * lets an application see each connection and each request before the server picks the handler for it:
 *
 * <ul>
 *   <li>every request that begins installs {@link InvalidRequests} as its connection's invalid-request handler, so
 *       a request the HTTP decoder could not read (line or headers too long, broken framing) is answered in Codat's
 *       shape instead of Vert.x's empty body; Quarkus offers no other way to set that handler;</li>
 *   <li>a request line naming an HTTP version other than 1.0 and 1.1 is marked unreadable, so it is answered 505
 *       with an {@code HTTP/1.1} status line (Vert.x would otherwise echo the caller's version);</li>
 *   <li>a request target that is not a valid URI (a bad percent-escape, a character that must be encoded) is marked
 *       unreadable too, so it is answered 400 naming the bad part: Quarkus' root handler would otherwise answer it
 *       with an empty 400 before any route sees it. Vert.x closes a connection after an unreadable request, so the
 *       answer says {@code Connection: close}.</li>
 *   <li>connections opened and closed are counted for {@link TrafficSummary}.</li>
 * </ul>
 * It also implements Quarkus' connection-tracker interface, which Quarkus expects of any metrics when
 * {@code quarkus.http.limits.max-connections} is set. If another metrics provider is configured, the hook stands
 * aside and says so at start-up.
 */
@ApplicationScoped
public class EdgeMetrics implements VertxOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(EdgeMetrics.class);

    @Override
    public void accept(VertxOptions options) {
        MetricsOptions existing = options.getMetricsOptions();
        if (existing != null && existing.isEnabled() && existing.getFactory() != null) {
            LOG.warn("Another Vert.x metrics provider is configured: requests the HTTP decoder cannot read are"
                    + " answered by Vert.x (empty body), not in Codat's shape");
            return;
        }
        InvalidRequests invalid = new InvalidRequests(TrafficLog.SHARED);
        options.setMetricsOptions(new MetricsOptions().setEnabled(true)
                .setFactory(ignored -> new ServerHooks(invalid, TrafficLog.SHARED)));
    }

    /** The Vert.x metrics of the process: only the HTTP server's are used. */
    static final class ServerHooks implements VertxMetrics, ExtendedQuarkusVertxHttpMetrics {

        private final InvalidRequests invalid;
        private final TrafficLog traffic;

        ServerHooks(InvalidRequests invalid, TrafficLog traffic) {
            this.invalid = invalid;
            this.traffic = traffic;
        }

        @Override
        public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions options, SocketAddress localAddress) {
            return new ConnectionHooks(invalid, traffic);
        }

        @Override
        public ConnectionTracker getHttpConnectionTracker() {
            return ExtendedQuarkusVertxHttpMetrics.NOOP_CONNECTION_TRACKER;
        }
    }

    /** Sees each connection of the HTTP server, and each request as it begins. */
    @RegisterForReflection(targets = Http1xServerRequest.class, fields = true)
    static final class ConnectionHooks implements HttpServerMetrics<Object, Object, Object> {

        private static final Field NETTY_REQUEST = nettyRequestField();

        private final InvalidRequests invalid;
        private final TrafficLog traffic;

        ConnectionHooks(InvalidRequests invalid, TrafficLog traffic) {
            this.invalid = invalid;
            this.traffic = traffic;
        }

        @Override
        public Object connected(SocketAddress remoteAddress, String remoteName) {
            traffic.connectionOpened();
            return null;
        }

        @Override
        public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
            traffic.connectionClosed();
        }

        @Override
        public Object requestBegin(Object socketMetric, HttpRequest request) {
            if (request instanceof HttpServerRequest serverRequest) {
                if (serverRequest.connection() instanceof HttpServerConnection connection) {
                    connection.invalidRequestHandler(invalid);
                }
                if (serverRequest.version() == null) {
                    markUnreadable(serverRequest, true, null);
                } else {
                    EdgeRules.target(serverRequest.uri()).ifPresent(rejection -> markUnreadable(serverRequest, false,
                            Rejection.closing(rejection.status(), rejection.message())));
                }
            }
            return null;
        }

        /**
         * Makes the decoder's result a failure, so that the invalid-request handler answers: for an unsupported version
         * naming it, with the version set to 1.1 so the status line is one the caller can read; otherwise carrying the
         * rejection. Without access to Vert.x's request (a native image built without the reflection data),
         * {@link EdgeGuard} answers an unsupported version with 505, and Quarkus a bad target with an empty 400.
         */
        private static void markUnreadable(HttpServerRequest request, boolean version, Rejection rejection) {
            if (NETTY_REQUEST == null) {
                return;
            }
            try {
                if (NETTY_REQUEST.get(request) instanceof DefaultHttpRequest netty && netty.decoderResult().isSuccess()) {
                    if (version) {
                        String text = netty.protocolVersion().text();
                        netty.setProtocolVersion(HttpVersion.HTTP_1_1);
                        netty.setDecoderResult(DecoderResult.failure(new InvalidRequests.UnsupportedVersion(text)));
                    } else {
                        netty.setDecoderResult(DecoderResult.failure(new InvalidRequests.Refused(rejection)));
                    }
                }
            } catch (IllegalAccessException | RuntimeException e) {
                LOG.debugf("Could not mark a request of an unsupported HTTP version: %s", e);
            }
        }

        private static Field nettyRequestField() {
            try {
                Field field = Http1xServerRequest.class.getDeclaredField("request");
                field.setAccessible(true);
                return field;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debugf("Vert.x's request is not accessible; unsupported versions are answered by the guard: %s", e);
                return null;
            }
        }
    }
}
