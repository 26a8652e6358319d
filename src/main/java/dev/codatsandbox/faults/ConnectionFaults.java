package dev.codatsandbox.faults;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faults that break the connection, done on the Netty channel under Vert.x: a reset (SO_LINGER 0, so closing sends
 * RST), a close without an answer, bytes that are not HTTP, and two that let the real answer through but spoil it
 * on its way out: cut after part of its body, or its body sent slowly. Those two add a handler at the wire end of
 * the channel's pipeline, where the answer is already bytes, for this one answer.
 */
final class ConnectionFaults implements ConnectionBreaker {

    /** The faults of an HTTP/1.x connection. */
    static final ConnectionFaults HTTP1 = new ConnectionFaults();

    /** Deterministic bytes that no HTTP client can parse as a status line. */
    static final byte[] GARBAGE = "\u0000\u0001\u0002 SANDBOX-MALFORMED \u00ff\u00fe\r\n{{{{ not http ]]]]\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private ConnectionFaults() {
    }

    @Override
    public void reset(RoutingContext rc) {
        Channel channel = channel(rc);
        channel.config().setOption(ChannelOption.SO_LINGER, 0);
        channel.close();
    }

    @Override
    public void empty(RoutingContext rc) {
        channel(rc).close();
    }

    @Override
    public void malformed(RoutingContext rc) {
        Channel channel = channel(rc);
        channel.pipeline().firstContext().writeAndFlush(Unpooled.wrappedBuffer(GARBAGE))
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void truncated(RoutingContext rc, Integer bodyBytes) {
        channel(rc).pipeline().addFirst("sandbox-truncated", new Truncating(bodyBytes));
        rc.next();
    }

    @Override
    public void dribble(RoutingContext rc, long durationMs, int chunks) {
        channel(rc).pipeline().addFirst("sandbox-dribble", new Dribbling(durationMs, chunks));
        rc.next();
    }

    private static Channel channel(RoutingContext rc) {
        return ((ConnectionBase) rc.request().connection()).channel();
    }

    /**
     * How many body bytes a truncated answer lets through: {@code bodyBytes}, at most all but one of a body of known
     * length, or half of it when not given. {@code bodyLength} is -1 when the answer states none.
     */
    static long truncatedLength(Integer bodyBytes, long bodyLength) {
        if (bodyBytes == null) {
            return bodyLength > 0 ? bodyLength / 2 : 0;
        }
        return bodyLength > 0 ? Math.min(bodyBytes, bodyLength - 1) : bodyBytes;
    }

    /** The length of each of {@code pieces} pieces of a dribbled body; 0 for a body empty or of unknown length. */
    static long pieceLength(long bodyLength, int pieces) {
        return bodyLength > 0 ? Math.max(1, (bodyLength + pieces - 1) / pieces) : 0;
    }

    /**
     * Reads an HTTP answer's bytes as they go out: finds the end of its headers and its {@code Content-Length}, then
     * hands each body byte range to the subclass.
     */
    private abstract static class AnswerBytes extends ChannelDuplexHandler {

        private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

        private final StringBuilder head = new StringBuilder();
        private int crlf;
        /** -2 until the headers are out; then the body's {@code Content-Length}, or -1 if the answer states none. */
        long bodyLength = -2;

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (!(msg instanceof ByteBuf buf)) {
                ctx.write(msg, promise);
                return;
            }
            if (bodyLength != -2) {
                body(ctx, buf, promise);
                return;
            }
            int i = buf.readerIndex();
            int end = buf.writerIndex();
            while (i < end && bodyLength == -2) {
                char c = (char) (buf.getByte(i++) & 0xff);
                head.append(c);
                crlf = (c == '\r' && crlf % 2 == 0) || (c == '\n' && crlf % 2 == 1) ? crlf + 1 : (c == '\r' ? 1 : 0);
                if (crlf == 4) {
                    Matcher m = CONTENT_LENGTH.matcher(head.toString().toLowerCase(Locale.ROOT));
                    bodyLength = m.find() ? Long.parseLong(m.group(1)) : -1;
                }
            }
            if (bodyLength == -2) {
                ctx.write(buf, promise);
                return;
            }
            int headerBytes = i - buf.readerIndex();
            ByteBuf headers = buf.retainedSlice(buf.readerIndex(), headerBytes);
            ByteBuf rest = buf.retainedSlice(i, end - i);
            buf.release();
            headersOut(ctx, headers);
            body(ctx, rest, promise);
        }

        abstract void headersOut(ChannelHandlerContext ctx, ByteBuf headers);

        abstract void body(ChannelHandlerContext ctx, ByteBuf bytes, ChannelPromise promise);
    }

    /** Lets the headers and {@code bodyBytes} of the body (default half) through, then closes the connection. */
    private static final class Truncating extends AnswerBytes {

        private final Integer bodyBytes;
        private long allowed = -1;
        private boolean closed;

        Truncating(Integer bodyBytes) {
            this.bodyBytes = bodyBytes;
        }

        @Override
        void headersOut(ChannelHandlerContext ctx, ByteBuf headers) {
            allowed = truncatedLength(bodyBytes, bodyLength);
            ctx.write(headers);
        }

        @Override
        void body(ChannelHandlerContext ctx, ByteBuf bytes, ChannelPromise promise) {
            if (closed) {
                bytes.release();
                promise.trySuccess();
                return;
            }
            int pass = (int) Math.min(allowed, bytes.readableBytes());
            allowed -= pass;
            if (allowed > 0) {
                ctx.write(bytes, promise);
                return;
            }
            ByteBuf part = bytes.retainedSlice(bytes.readerIndex(), pass);
            bytes.release();
            closed = true;
            ctx.write(part, promise);
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Lets the headers through at once and the body in {@code chunks} pieces spread over {@code durationMs}. */
    private static final class Dribbling extends AnswerBytes {

        private final long durationMs;
        private final int chunks;
        private final ArrayDeque<ByteBuf> pending = new ArrayDeque<>();
        private final List<ChannelPromise> promises = new ArrayList<>();
        private long chunkSize;
        private long sent;
        private boolean started;

        Dribbling(long durationMs, int chunks) {
            this.durationMs = durationMs;
            this.chunks = chunks;
        }

        @Override
        void headersOut(ChannelHandlerContext ctx, ByteBuf headers) {
            chunkSize = pieceLength(bodyLength, chunks);
            ctx.writeAndFlush(headers);
            if (chunkSize == 0) {
                ctx.pipeline().remove(this);
            }
        }

        @Override
        void body(ChannelHandlerContext ctx, ByteBuf bytes, ChannelPromise promise) {
            if (chunkSize == 0) {
                ctx.write(bytes, promise);
                return;
            }
            pending.add(bytes);
            promises.add(promise);
            if (!started) {
                started = true;
                ctx.executor().schedule(() -> next(ctx), durationMs / chunks, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            if (!started || pending.isEmpty()) {
                ctx.flush();
            }
        }

        private void next(ChannelHandlerContext ctx) {
            if (!ctx.channel().isActive()) {
                pending.forEach(ByteBuf::release);
                pending.clear();
                return;
            }
            long want = chunkSize;
            while (want > 0 && !pending.isEmpty()) {
                ByteBuf head = pending.peek();
                int take = (int) Math.min(want, head.readableBytes());
                ctx.write(head.readRetainedSlice(take));
                want -= take;
                sent += take;
                if (!head.isReadable()) {
                    pending.poll().release();
                }
            }
            ctx.flush();
            if (sentAll()) {
                // Out of the pipeline before the writes complete: what their listeners write (Vert.x closing a
                // "Connection: close" answer) must not queue behind a handler that is done.
                List<ChannelPromise> done = new ArrayList<>(promises);
                promises.clear();
                while (!pending.isEmpty()) {
                    ctx.write(pending.poll());
                }
                ctx.flush();
                ctx.pipeline().remove(this);
                done.forEach(ChannelPromise::trySuccess);
                return;
            }
            ctx.executor().schedule(() -> next(ctx), durationMs / chunks, TimeUnit.MILLISECONDS);
        }

        private boolean sentAll() {
            return sent >= bodyLength;
        }
    }
}
