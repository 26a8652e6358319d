package dev.codatsandbox.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Handler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The classes outside other projects' public APIs that the sandbox still relies on, each with what it buys; a
 * dependency upgrade that changes one fails here, naming the class, before the behaviour tests show why:
 *
 * <ul>
 *   <li>Vert.x's {@code io.vertx.core.http.impl.HttpServerConnection#invalidRequestHandler}: requests the HTTP decoder
 *       cannot read are answered in Codat's shape ({@link ConnectionHooks}, {@link InvalidRequests});</li>
 *   <li>{@code io.vertx.core.http.impl.Http1xServerConnection#channelHandlerContext}: broken chunked bodies and
 *       chunked bodies over the limit are answered in Codat's shape ({@link BodyFraming});</li>
 *   <li>{@code io.vertx.core.net.impl.ConnectionBase#channel}: the {@code reset} fault sends a TCP RST and the
 *       {@code malformed} fault bytes that are not HTTP, on HTTP/1.1 ({@code faults.ConnectionFaults});</li>
 *   <li>Caffeine's generated class names {@code SSMW} and {@code PSMW}, registered for the native image by
 *       {@code wire.CustomerBytes} because Quarkus' Caffeine extension registers the others but not these.</li>
 * </ul>
 */
class VertxInternalsTest {

    private static Class<?> present(String name, String buys) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return fail(name + " is gone after an upgrade; it is what " + buys);
        }
    }

    private static void hasMethod(Class<?> type, String name, Class<?> returns, String buys, Class<?>... parameters) {
        try {
            Method method = type.getMethod(name, parameters);
            assertTrue(returns.isAssignableFrom(method.getReturnType()), type.getName() + "#" + name
                    + " no longer returns " + returns.getName() + "; it is what " + buys);
        } catch (NoSuchMethodException e) {
            fail(type.getName() + "#" + name + " is gone after an upgrade; it is what " + buys);
        }
    }

    @Test
    void vertxsInvalidRequestHandlerIsStillReachable() {
        String buys = "answers unreadable requests in Codat's shape (ConnectionHooks, InvalidRequests)";
        Class<?> connection = present("io.vertx.core.http.impl.HttpServerConnection", buys);
        hasMethod(connection, "invalidRequestHandler", Object.class, buys, Handler.class);
    }

    @Test
    void vertxsHttp1ConnectionStillGivesItsPipeline() {
        String buys = "answers broken chunked bodies in Codat's shape (BodyFraming)";
        Class<?> http1 = present("io.vertx.core.http.impl.Http1xServerConnection", buys);
        hasMethod(http1, "channelHandlerContext", ChannelHandlerContext.class, buys);
    }

    @Test
    void vertxsConnectionStillGivesItsChannel() {
        String buys = "sends a TCP reset and bytes that are not HTTP for the reset and malformed faults"
                + " (faults.ConnectionFaults)";
        Class<?> base = present("io.vertx.core.net.impl.ConnectionBase", buys);
        hasMethod(base, "channel", Channel.class, buys);
    }

    @Test
    void caffeinesWeightedCacheClassesKeepTheirNames() {
        String buys = "the native image's registration in wire.CustomerBytes (@RegisterForReflection)";
        present("com.github.benmanes.caffeine.cache.SSMW", buys);
        present("com.github.benmanes.caffeine.cache.PSMW", buys);
        Cache<Object, byte[]> cache = Caffeine.newBuilder().maximumWeight(1024)
                .weigher((Object key, byte[] bytes) -> bytes.length).executor(Runnable::run).build();
        assertEquals("SSMW", cache.asMap().getClass().getSimpleName(),
                "Caffeine's weighted cache is no longer SSMW; update " + buys);
    }
}
