package dev.codatsandbox.edge;

import dev.codatsandbox.errors.CodatErrors;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;

/**
 * Reads the bodies of an HTTP/1.1 connection's requests as the HTTP decoder passes them to Vert.x, and answers in
 * Codat's shape the failures found there, after the request's headers were accepted:
 *
 * <ul>
 *   <li>chunked framing that cannot be read (a chunk-size line that is not hexadecimal, is empty or overflows, a
 *       chunk shorter than its size): {@code 400};</li>
 *   <li>a body cut off: the caller ends its side of the connection in the middle of it: {@code 400};</li>
 *   <li>a body larger than {@code quarkus.http.limits.max-body-size}, which only a chunked body (no
 *       {@code Content-Length}) can reach here: {@code 413}.</li>
 * </ul>
 * Vert.x would close the connection without an answer on the first two, and Quarkus answer the last with an empty
 * body (on a POST) or read the whole body (on a GET). Each answer says {@code Connection: close}: nothing after the
 * request can be trusted. When the request's answer has not begun, it is this one (after the answers to requests
 * before it), and whatever the endpoint writes later is dropped; when it has (a GET answered before its body
 * arrived), the connection is ended once that answer is sent, as no other answer can follow it.
 *
 * <p>After answering, the connection stops sending (the caller reads the answer, then the end of the stream),
 * discards what the caller still sends, and is closed when the caller closes its side or after
 * {@link #LINGER_SECONDS}: closing at once, with request bytes unread, would reset the connection and could lose the
 * answer. To see a body cut off by a caller that ends its side, the connection allows half-closure; when a caller
 * ends its side anywhere else, the connection is closed at once, as Netty does without it.
 *
 * <p>One instance per connection, in its pipeline just before Vert.x's handler ({@link #install}); it runs on the
 * connection's event loop only, so its state needs no lock.
 */
final class BodyFraming extends ChannelDuplexHandler {

    static final String NAME = "codat-body-framing";
    /** How long a connection that was answered here waits for the caller to close its side. */
    static final long LINGER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(BodyFraming.class);

    private final TrafficLog traffic;
    private final long maxBodyBytes;
    /** Requests received on the connection: the first had passed Vert.x's handler when this one was added. */
    private long requests = 1;
    /** Final (not 1xx) answers Vert.x began on the connection. */
    private long answers;
    /** Whether an answer is begun and not yet ended. */
    private boolean answerOpen;
    private long bodyBytes;
    /** Whether a request's body is being read: its head arrived, the end of its body not yet. */
    private boolean bodyOpen = true;
    /** A request was refused: the connection ends after it, and what the caller sends is discarded. */
    private boolean ending;
    /** The refusal, waiting for the answers to the requests before it to end. */
    private FullHttpResponse refusal;
    private long refusedRequest;
    /** The refused request's own answer was begun: the connection ends when it does. */
    private boolean endAfterAnswer;
    /** Nothing more is sent: Vert.x's writes are dropped. */
    private boolean dropping;
    private boolean lingering;

    private BodyFraming(TrafficLog traffic, long maxBodyBytes) {
        this.traffic = traffic;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Adds the handler to the pipeline of the connection whose Vert.x handler is {@code vertx}, unless it is there:
     * called as each request begins, in that handler's read of the request head, on the event loop.
     */
    static void install(ChannelHandlerContext vertx, TrafficLog traffic) {
        ChannelPipeline pipeline = vertx.pipeline();
        if (pipeline.get(NAME) == null && !vertx.isRemoved()) {
            pipeline.addBefore(vertx.name(), NAME, new BodyFraming(traffic, EdgeLimits.current().maxBodyBytes()));
            vertx.channel().config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (ending) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest) {
            requests++;
            bodyBytes = 0;
            bodyOpen = true;
        }
        if (msg instanceof HttpContent content) {
            if (content.decoderResult().isFailure()) {
                refuse(ctx, msg, 400, "The request body's chunked framing could not be read: each chunk must start"
                        + " with its size in hexadecimal on a line of its own.", content.decoderResult().cause());
                return;
            }
            bodyOpen = !(msg instanceof LastHttpContent);
            bodyBytes += content.content().readableBytes();
            if (bodyBytes > maxBodyBytes) {
                refuse(ctx, msg, 413, "The request body is larger than " + maxBodyBytes + " bytes ("
                        + EdgeLimits.BODY_KEY + ").", null);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (ending && !ctx.channel().config().isAutoRead()) {
            ctx.read();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        ctx.fireUserEventTriggered(event);
        if (event instanceof ChannelInputShutdownEvent) {
            if (bodyOpen && !ending) {
                refuse(ctx, null, 400, "The request body was cut off: the caller ended its side of the connection"
                        + " before the whole body arrived.", null);
            } else if (!ending || lingering) {
                ctx.close();
            }
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (dropping) {
            ReferenceCountUtil.release(msg);
            promise.trySuccess();
            return;
        }
        if (msg instanceof HttpResponse response) {
            if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
                ctx.write(msg, promise);
                return;
            }
            answers++;
            answerOpen = true;
        }
        if (msg instanceof LastHttpContent) {
            answerOpen = false;
            if (endAfterAnswer) {
                dropping = true;
                ctx.write(msg, promise.unvoid()).addListener(sent -> linger(ctx));
                return;
            }
            if (refusal != null && answers == refusedRequest - 1) {
                ctx.write(msg, promise);
                sendRefusal(ctx);
                return;
            }
        }
        ctx.write(msg, promise);
    }

    /** Refuses the request whose body was being read, at once or after the answers before it. */
    private void refuse(ChannelHandlerContext ctx, Object msg, int status, String message, Throwable cause) {
        ReferenceCountUtil.release(msg);
        traffic.malformed();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Request body from %s answered %d: %s", ctx.channel().remoteAddress(), status,
                    cause == null ? message : cause.toString());
        }
        ending = true;
        ctx.channel().config().setAutoRead(true);
        if (answers >= requests) {
            if (answerOpen) {
                endAfterAnswer = true;
            } else {
                linger(ctx);
            }
            return;
        }
        refusal = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                Unpooled.wrappedBuffer(CodatErrors.json(CodatErrors.body(status, message))));
        refusal.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, refusal.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        refusedRequest = requests;
        if (!answerOpen && answers == requests - 1) {
            sendRefusal(ctx);
        }
    }

    private void sendRefusal(ChannelHandlerContext ctx) {
        FullHttpResponse answer = refusal;
        refusal = null;
        dropping = true;
        ctx.writeAndFlush(answer).addListener(sent -> linger(ctx));
    }

    /**
     * Ends the connection gently: nothing more is sent (the caller sees the end of the stream after the last answer),
     * what arrives is discarded, and the connection is closed when the caller closes its side, or after
     * {@link #LINGER_SECONDS}.
     */
    private void linger(ChannelHandlerContext ctx) {
        dropping = true;
        lingering = true;
        // An answer written and not yet flushed (one begun and ended while its request's bytes were being read) is
        // sent first: shutting the output down discards what was not flushed.
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(flushed -> {
            if (ctx.channel() instanceof DuplexChannel duplex && duplex.isActive() && !duplex.isInputShutdown()) {
                duplex.shutdownOutput();
                ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, TimeUnit.SECONDS);
            } else {
                ctx.close();
            }
        });
    }
}
