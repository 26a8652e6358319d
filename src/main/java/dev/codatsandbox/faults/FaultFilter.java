package dev.codatsandbox.faults;

import dev.codatsandbox.pipeline.ClassifiedRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.errors.CodatErrors;
import dev.codatsandbox.metrics.SandboxMetrics;
import dev.codatsandbox.pipeline.InnerRequests;
import dev.codatsandbox.pipeline.Pipeline;
import dev.codatsandbox.pipeline.RequestFacts;
import dev.codatsandbox.pipeline.SandboxPaths;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Applies faults at the Vert.x level, before the request reaches the REST layer, so that a fault can answer
 * instead of the API, delay the request on a timer (no thread waits: a thousand delayed requests hold none), or
 * break the connection. The {@code Sandbox-Fault} header, when present, applies its one fault and no rule is
 * asked. Data faults only mark the request ({@link #FIRING}); {@link DataFaults} applies them in the Customers
 * resource. The sandbox's own paths ({@code /_sandbox}, {@code /q}) are never faulted.
 */
@ApplicationScoped
public class FaultFilter {

    /** Routing-context key of the {@link Firing} that applies to the request, for the data faults and the journal. */
    public static final String FIRING = "sandbox.fault";

    static final String TOO_MANY_REQUESTS =
            "You have made too many requests in a given amount of time; please retry later.";
    static final String DATA_NOT_READY = "The data set has not been requested.";

    private final FaultRules rules;
    private final ObjectMapper mapper;
    private final SandboxMetrics metrics;
    private final StreamFaults streams;
    private final InnerRequests inner;

    FaultFilter(FaultRules rules, ObjectMapper mapper, SandboxMetrics metrics, StreamFaults streams,
            InnerRequests inner) {
        this.rules = rules;
        this.mapper = mapper;
        this.metrics = metrics;
        this.streams = streams;
        this.inner = inner;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, Pipeline.FAULTS);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (SandboxPaths.own(path) || inner.inner(rc.request())) {
            rc.next();
            return;
        }
        ClassifiedRequest request = ClassifiedRequest.of(rc);
        List<Runnable> onEnd = new ArrayList<>();
        Optional<Firing> firing;
        String header = rc.request().getHeader(FaultRuleReader.HEADER);
        try {
            firing = header != null
                    ? Optional.of(Firing.fromHeader(rules.reader().header(header)))
                    : rules.select(request, onEnd);
        } catch (InvalidRule e) {
            answer(rc, CodatErrors.body(400, e.getMessage()), null);
            return;
        }
        if (!onEnd.isEmpty()) {
            AtomicBoolean done = new AtomicBoolean();
            rc.addEndHandler(ended -> {
                if (done.compareAndSet(false, true)) {
                    onEnd.forEach(Runnable::run);
                }
            });
        }
        if (firing.isEmpty()) {
            rc.next();
            return;
        }
        rc.put(FIRING, firing.get());
        RequestFacts.faultFired(rc, new RequestFacts.FaultFired(firing.get().source(), firing.get().fault().type(),
                firing.get().fault().unanswered()));
        metrics.faultFired(firing.get().fault().type());
        apply(rc, firing.get());
    }

    private void apply(RoutingContext rc, Firing firing) {
        Fault fault = firing.fault();
        if (fault instanceof Fault.Status f) {
            answer(rc, new CodatError(f.status(), CodatErrors.SERVICE,
                    f.message() != null ? f.message() : StatusMessages.forStatus(f.status()),
                    CodatErrors.newCorrelationId(), null, f.retriable(), 0), f.retryAfterSeconds());
        } else if (fault instanceof Fault.DataNotReady) {
            answer(rc, CodatErrors.body(409, DATA_NOT_READY), null);
        } else if (fault instanceof Fault.RateLimit f) {
            answer(rc, CodatErrors.body(429, TOO_MANY_REQUESTS), firing.retryAfterSeconds() != null
                    ? firing.retryAfterSeconds() : f.concurrencyRetryAfter());
        } else if (fault instanceof Fault.Latency f) {
            long delay = rules.delayMs(firing, f);
            if (delay <= 0) {
                rc.next();
                return;
            }
            rc.request().pause();
            rc.vertx().setTimer(delay, timer -> {
                rc.request().resume();
                rc.next();
            });
        } else if (fault instanceof Fault.Reset) {
            breaker(rc).reset(rc);
        } else if (fault instanceof Fault.Empty) {
            breaker(rc).empty(rc);
        } else if (fault instanceof Fault.Malformed) {
            breaker(rc).malformed(rc);
        } else if (fault instanceof Fault.Truncated f) {
            breaker(rc).truncated(rc, f.bodyBytes());
        } else if (fault instanceof Fault.Dribble f) {
            breaker(rc).dribble(rc, f.durationMs(), f.pieces());
        } else if (fault instanceof Fault.Hang) {
            rc.request().pause();
        } else {
            rc.next();
        }
    }

    /** What breaks this request's connection: its own stream on HTTP/2, the connection itself on HTTP/1.x. */
    private ConnectionBreaker breaker(RoutingContext rc) {
        return StreamFaults.applies(rc) ? streams : ConnectionFaults.HTTP1;
    }

    private void answer(RoutingContext rc, CodatError body, Integer retryAfterSeconds) {
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        RequestFacts.correlationId(rc, body.correlationId());
        RequestFacts.answerBody(rc, json);
        rc.response().setStatusCode(body.statusCode()).putHeader("Content-Type", "application/json");
        if (retryAfterSeconds != null) {
            rc.response().putHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        rc.response().end(json);
    }
}
