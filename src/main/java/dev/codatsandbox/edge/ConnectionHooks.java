package dev.codatsandbox.edge;

import io.quarkus.vertx.VertxOptionsCustomizer;
import io.quarkus.vertx.http.runtime.ExtendedQuarkusVertxHttpMetrics;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.DatagramSocketMetrics;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.core.spi.metrics.HttpClientMetrics;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.TCPMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import io.vertx.core.spi.observability.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hooks the sandbox into Vert.x's HTTP server below the router, through Vert.x's metrics SPI, the one place Vert.x
 * lets an application see each connection and each request before the server picks the handler for it:
 *
 * <ul>
 *   <li>every request that begins installs {@link InvalidRequests} as its connection's invalid-request handler, so
 *       a request the HTTP decoder could not read (line or headers too long, broken framing) is answered in Codat's
 *       shape instead of Vert.x's empty body; Quarkus offers no other way to set that handler;</li>
 *   <li>every HTTP/1.1 connection gets {@link BodyFraming} in its pipeline, which answers a request body that cannot
 *       be read (broken chunked framing) or is over the size limit (a chunked one) in Codat's shape: Vert.x would
 *       close the connection without an answer on the first, Quarkus answer the second with an empty body;</li>
 *   <li>connections opened and closed are counted for {@link TrafficSummary}.</li>
 * </ul>
 * The first two rely on Vert.x classes outside its public API ({@code io.vertx.core.http.impl.HttpServerConnection}
 * and {@code Http1xServerConnection}), kept because no public API reaches a connection's invalid-request handler or
 * its pipeline under Quarkus; {@code VertxInternalsTest} names them and fails when an upgrade changes them.
 * A request line naming an HTTP version other than 1.0 and 1.1 is answered 505 by {@link EdgeGuard}, and a request
 * target that is not a valid URI gets Quarkus' own empty 400 (README.md, "Limitations").
 *
 * <p>It also implements Quarkus' connection-tracker interface, which Quarkus expects of any metrics when
 * {@code quarkus.http.limits.max-connections} is set. When another metrics provider is configured (Micrometer, for
 * {@code /q/metrics}), the hooks are laid over it ({@link Layered}): both see every connection and request.
 */
@ApplicationScoped
public class ConnectionHooks implements VertxOptionsCustomizer {

    @Override
    public void accept(VertxOptions options) {
        InvalidRequests invalid = new InvalidRequests(TrafficLog.SHARED);
        MetricsOptions existing = options.getMetricsOptions();
        if (existing != null && existing.isEnabled() && existing.getFactory() != null) {
            // Micrometer's options are their own factory (getFactory() answers itself): wrap, don't modify, them
            VertxMetricsFactory other = existing.getFactory();
            options.setMetricsOptions(new MetricsOptions().setEnabled(true)
                    .setFactory(vertxOptions -> new Layered(other.metrics(vertxOptions), invalid, TrafficLog.SHARED)));
            return;
        }
        options.setMetricsOptions(new MetricsOptions().setEnabled(true)
                .setFactory(ignored -> new ServerHooks(invalid, TrafficLog.SHARED)));
    }

    /**
     * The hooks laid over another metrics provider's (Micrometer's, for {@code /q/metrics}): the HTTP server's
     * connections and requests go through the hooks first and then, with everything else, to the other provider.
     */
    static final class Layered implements VertxMetrics, ExtendedQuarkusVertxHttpMetrics {

        private final VertxMetrics other;
        private final InvalidRequests invalid;
        private final TrafficLog traffic;

        Layered(VertxMetrics other, InvalidRequests invalid, TrafficLog traffic) {
            this.other = other;
            this.invalid = invalid;
            this.traffic = traffic;
        }

        @Override
        @SuppressWarnings("unchecked")
        public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions options,
                SocketAddress localAddress) {
            HttpServerMetrics<Object, Object, Object> theirs =
                    (HttpServerMetrics<Object, Object, Object>) other.createHttpServerMetrics(options, localAddress);
            Hooks ours = new Hooks(invalid, traffic);
            return theirs == null ? ours : new LayeredServerMetrics(ours, theirs);
        }

        @Override
        public EventBusMetrics createEventBusMetrics() {
            return other.createEventBusMetrics();
        }

        @Override
        public ClientMetrics<?, ?, ?, ?> createClientMetrics(SocketAddress remoteAddress, String type,
                String namespace) {
            return other.createClientMetrics(remoteAddress, type, namespace);
        }

        @Override
        public HttpClientMetrics<?, ?, ?, ?> createHttpClientMetrics(HttpClientOptions options) {
            return other.createHttpClientMetrics(options);
        }

        @Override
        public TCPMetrics<?> createNetServerMetrics(NetServerOptions options, SocketAddress localAddress) {
            return other.createNetServerMetrics(options, localAddress);
        }

        @Override
        public TCPMetrics<?> createNetClientMetrics(NetClientOptions options) {
            return other.createNetClientMetrics(options);
        }

        @Override
        public DatagramSocketMetrics createDatagramSocketMetrics(DatagramSocketOptions options) {
            return other.createDatagramSocketMetrics(options);
        }

        @Override
        public PoolMetrics<?> createPoolMetrics(String poolType, String poolName, int maxPoolSize) {
            return other.createPoolMetrics(poolType, poolName, maxPoolSize);
        }

        @Override
        public void vertxCreated(Vertx vertx) {
            other.vertxCreated(vertx);
        }

        @Override
        public boolean isMetricsEnabled() {
            return other.isMetricsEnabled();
        }

        @Override
        public void close() {
            other.close();
        }

        @Override
        public ConnectionTracker getHttpConnectionTracker() {
            return other instanceof ExtendedQuarkusVertxHttpMetrics extended
                    ? extended.getHttpConnectionTracker() : ExtendedQuarkusVertxHttpMetrics.NOOP_CONNECTION_TRACKER;
        }
    }

    /** The HTTP server's metrics: the hooks' side effects, then the other provider's measurements. */
    static final class LayeredServerMetrics implements HttpServerMetrics<Object, Object, Object> {

        private final Hooks ours;
        private final HttpServerMetrics<Object, Object, Object> theirs;

        LayeredServerMetrics(Hooks ours, HttpServerMetrics<Object, Object, Object> theirs) {
            this.ours = ours;
            this.theirs = theirs;
        }

        @Override
        public Object connected(SocketAddress remoteAddress, String remoteName) {
            ours.connected(remoteAddress, remoteName);
            return theirs.connected(remoteAddress, remoteName);
        }

        @Override
        public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
            ours.disconnected(null, remoteAddress);
            theirs.disconnected(socketMetric, remoteAddress);
        }

        @Override
        public Object requestBegin(Object socketMetric, HttpRequest request) {
            ours.requestBegin(null, request);
            return theirs.requestBegin(socketMetric, request);
        }

        @Override
        public void requestEnd(Object requestMetric, HttpRequest request, long bytesRead) {
            theirs.requestEnd(requestMetric, request, bytesRead);
        }

        @Override
        public void requestReset(Object requestMetric) {
            theirs.requestReset(requestMetric);
        }

        @Override
        public void responseBegin(Object requestMetric, HttpResponse response) {
            theirs.responseBegin(requestMetric, response);
        }

        @Override
        public Object responsePushed(Object socketMetric, HttpMethod method, String uri, HttpResponse response) {
            return theirs.responsePushed(socketMetric, method, uri, response);
        }

        @Override
        public void responseEnd(Object requestMetric, HttpResponse response, long bytesWritten) {
            theirs.responseEnd(requestMetric, response, bytesWritten);
        }

        @Override
        public Object connected(Object socketMetric, Object requestMetric, ServerWebSocket serverWebSocket) {
            return theirs.connected(socketMetric, requestMetric, serverWebSocket);
        }

        @Override
        public void disconnected(Object serverWebSocketMetric) {
            theirs.disconnected(serverWebSocketMetric);
        }

        @Override
        public void requestRouted(Object requestMetric, String route) {
            theirs.requestRouted(requestMetric, route);
        }

        @Override
        public void bytesRead(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
            theirs.bytesRead(socketMetric, remoteAddress, numberOfBytes);
        }

        @Override
        public void bytesWritten(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
            theirs.bytesWritten(socketMetric, remoteAddress, numberOfBytes);
        }

        @Override
        public void exceptionOccurred(Object socketMetric, SocketAddress remoteAddress, Throwable t) {
            theirs.exceptionOccurred(socketMetric, remoteAddress, t);
        }

        @Override
        public void close() {
            theirs.close();
        }
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
        public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions options,
                SocketAddress localAddress) {
            return new Hooks(invalid, traffic);
        }

        @Override
        public ConnectionTracker getHttpConnectionTracker() {
            return ExtendedQuarkusVertxHttpMetrics.NOOP_CONNECTION_TRACKER;
        }
    }

    /** Sees each connection of the HTTP server, and each request as it begins. */
    static final class Hooks implements HttpServerMetrics<Object, Object, Object> {

        private final InvalidRequests invalid;
        private final TrafficLog traffic;

        Hooks(InvalidRequests invalid, TrafficLog traffic) {
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
                if (serverRequest.connection() instanceof Http1xServerConnection http1) {
                    BodyFraming.install(http1.channelHandlerContext(), traffic);
                }
            }
            return null;
        }
    }
}
