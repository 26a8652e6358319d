package dev.codatsandbox.journal;

import dev.codatsandbox.pipeline.ClassifiedRequest;
import dev.codatsandbox.pipeline.InnerRequests;
import dev.codatsandbox.pipeline.Pipeline;
import dev.codatsandbox.pipeline.RequestFacts;
import dev.codatsandbox.pipeline.SandboxPaths;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records every request to Codat's paths in the {@link RequestJournal} when it ends, answered or not. Runs first
 * at the Vert.x level, so the journal sees requests that a fault answers or breaks before the REST layer. The
 * sandbox's own paths ({@code /_sandbox}, {@code /q}) are not recorded: a test's own set-up and checks do not
 * change the counts it asserts.
 */
@ApplicationScoped
public class JournalRecorder {

    /** Headers the journal keeps (Authorization with its credentials redacted). */
    static final List<String> HEADERS = List.of("Authorization", "Accept", "Content-Type", "User-Agent",
            "Sandbox-Fault");

    private final RequestJournal journal;
    private final InnerRequests inner;

    JournalRecorder(RequestJournal journal, InnerRequests inner) {
        this.journal = journal;
        this.inner = inner;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, Pipeline.JOURNAL);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (SandboxPaths.own(path) || inner.inner(rc.request())) {
            rc.next();
            return;
        }
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long start = System.nanoTime();
        HttpServerRequest request = rc.request();
        ClassifiedRequest classified = ClassifiedRequest.of(rc);
        Map<String, String> headers = headers(request);
        String query = request.query();
        AtomicBoolean recorded = new AtomicBoolean();
        Runnable record = () -> {
            if (!recorded.compareAndSet(false, true)) {
                return;
            }
            RequestFacts.FaultFired fault = RequestFacts.faultFired(rc);
            boolean answered = rc.response().ended() && (fault == null || !fault.unanswered());
            Integer status = answered ? rc.response().getStatusCode() : null;
            journal.record(sequence -> new JournalEntry(sequence, time, classified.method(), path, query, headers,
                    status, (System.nanoTime() - start) / 1_000_000,
                    RequestFacts.correlationId(rc), classified.company(),
                    classified.operation().wireName(), classified.page(),
                    fault == null ? null : fault.source(), fault == null ? null : fault.kind()),
                    new JournalAnswer(status, rc.response().headers(),
                            status == null || classified.method().equals("HEAD") ? null : RequestFacts.answerBody(rc)));
        };
        rc.addEndHandler(ignored -> record.run());
        rc.next();
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                kept.put(name, name.equals("Authorization") ? redacted(value) : value);
            }
        }
        return kept;
    }

    private static String redacted(String value) {
        int space = value.indexOf(' ');
        return (space > 0 ? value.substring(0, space + 1) : "") + "<redacted>";
    }
}
