package dev.codatsandbox.faults;

import dev.codatsandbox.pipeline.InnerRequests;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The connection faults of an HTTP/2 request, where one connection carries many requests at once and a fault acts
 * on the request's own stream wherever HTTP/2 can say so, through Vert.x's public API:
 *
 * <ul>
 *   <li>{@code reset}: the stream is reset ({@code RST_STREAM}, {@code INTERNAL_ERROR}); other streams go on;</li>
 *   <li>{@code empty}: the connection is closed without an answer ({@code GOAWAY}, then the end of the stream of
 *       bytes), as on HTTP/1.1: requests in flight on it end too;</li>
 *   <li>{@code malformed}: the connection ends with a protocol error ({@code GOAWAY}, {@code PROTOCOL_ERROR}), the
 *       HTTP/2 form of bytes no client can read;</li>
 *   <li>{@code truncated} and {@code dribble}: the real answer, its headers at once (with its
 *       {@code Content-Length}), then part of its body and a reset of the stream, or its body in pieces over time;
 *       other streams go on;</li>
 *   <li>{@code hang} needs nothing of its own: the stream is never answered, the others are.</li>
 * </ul>
 * For the last two the answer is asked of the sandbox itself first, over HTTP/1.1 on the port the request came in
 * on, marked by a header with a secret made at start, so that it passes no fault and no journal: the outer request
 * is the one journaled. The answer is then held whole in memory, which the answers of Codat's endpoints allow (a page
 * of 5,000 customers is about 5 MB).
 */
@ApplicationScoped
public class StreamFaults implements ConnectionBreaker {

    static final long INTERNAL_ERROR = 0x2;
    static final long PROTOCOL_ERROR = 0x1;

    /** Headers that belong to one hop (or to HTTP/2's framing) and are not passed on. */
    private static final Set<String> HOP = Set.of("connection", "keep-alive", "te", "transfer-encoding", "upgrade",
            "http2-settings", "host", "content-length", "proxy-connection",
            InnerRequests.HEADER.toLowerCase(Locale.ROOT),
            FaultRuleReader.HEADER.toLowerCase(Locale.ROOT));

    private final InnerRequests inner;
    private volatile HttpClient plain;
    private volatile HttpClient tls;

    StreamFaults(InnerRequests inner) {
        this.inner = inner;
    }

    static boolean applies(RoutingContext rc) {
        return rc.request().version() == HttpVersion.HTTP_2;
    }

    @Override
    public void reset(RoutingContext rc) {
        rc.response().reset(INTERNAL_ERROR);
    }

    @Override
    public void empty(RoutingContext rc) {
        rc.request().connection().close();
    }

    @Override
    public void malformed(RoutingContext rc) {
        rc.request().connection().goAway(PROTOCOL_ERROR).close();
    }

    @Override
    public void truncated(RoutingContext rc, Integer bodyBytes) {
        answer(rc).onSuccess(answer -> {
            HttpServerResponse out = rc.response();
            int length = answer.body().length();
            int allowed = (int) Math.max(0, Math.min(length, ConnectionFaults.truncatedLength(bodyBytes, length)));
            head(out, answer.response(), length);
            out.write(answer.body().slice(0, allowed))
                    .onComplete(written -> out.reset(INTERNAL_ERROR));
        }).onFailure(failed -> rc.response().reset(INTERNAL_ERROR));
    }

    @Override
    public void dribble(RoutingContext rc, long durationMs, int pieces) {
        answer(rc).onSuccess(answer -> {
            HttpServerResponse out = rc.response();
            int length = answer.body().length();
            head(out, answer.response(), length);
            if (length == 0) {
                out.end();
                return;
            }
            out.write(Buffer.buffer());
            int piece = (int) ConnectionFaults.pieceLength(length, pieces);
            next(rc.vertx(), out, answer.body(), 0, piece, Math.max(1, durationMs / pieces));
        }).onFailure(failed -> rc.response().reset(INTERNAL_ERROR));
    }

    private static void next(Vertx vertx, HttpServerResponse out, Buffer body, int from, int piece, long everyMs) {
        vertx.setTimer(everyMs, timer -> {
            if (out.closed()) {
                return;
            }
            int to = Math.min(body.length(), from + piece);
            if (to == body.length()) {
                out.end(body.slice(from, to));
            } else {
                out.write(body.slice(from, to));
                next(vertx, out, body, to, piece, everyMs);
            }
        });
    }

    private static void head(HttpServerResponse out, HttpClientResponse answer, int length) {
        out.setStatusCode(answer.statusCode());
        for (Map.Entry<String, String> header : answer.headers()) {
            if (!HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.headers().add(header.getKey(), header.getValue());
            }
        }
        out.putHeader("content-length", Integer.toString(length));
    }

    private record Answer(HttpClientResponse response, Buffer body) {
    }

    /** The sandbox's own answer to the request, asked over HTTP/1.1 on the port the request came in on. */
    private Future<Answer> answer(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        RequestOptions options = new RequestOptions().setMethod(request.method())
                .setHost(request.localAddress().host()).setPort(request.localAddress().port())
                .setURI(request.uri()).setSsl(request.isSSL()).setIdleTimeout(60_000);
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.startsWith(":") && !HOP.contains(name)) {
                options.addHeader(header.getKey(), header.getValue());
            }
        }
        inner.mark(options);
        HttpClient client = client(rc.vertx(), request.isSSL());
        Future<Buffer> received = request.isEnded() ? Future.succeededFuture(Buffer.buffer()) : request.body();
        request.resume();
        return received.compose(body -> client.request(options)
                .compose(sent -> sent.send(body))
                .compose(response -> response.body().map(bytes -> new Answer(response, bytes))));
    }

    private HttpClient client(Vertx vertx, boolean ssl) {
        HttpClient client = ssl ? tls : plain;
        if (client != null) {
            return client;
        }
        synchronized (this) {
            if (ssl && tls == null) {
                tls = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setSsl(true).setTrustAll(true).setVerifyHost(false).setUseAlpn(false));
            } else if (!ssl && plain == null) {
                plain = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1));
            }
            return ssl ? tls : plain;
        }
    }

    @PreDestroy
    void close() {
        for (HttpClient client : new HttpClient[] {plain, tls}) {
            if (client != null) {
                client.close();
            }
        }
    }
}
