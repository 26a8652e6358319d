package dev.codatsandbox.faults;

import dev.codatsandbox.pipeline.ClassifiedRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A rule in force: its id, its definition, atomic match and fire counts, and the per-company state of the kinds
 * that keep some (the 409 countdown, the rate limiter's counters, page drift and vanished records). Dropping the
 * rule drops that state.
 */
public final class ActiveRule {

    private final String id;
    private final FaultRule definition;
    private final long drawKey;
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong fired = new AtomicLong();
    private final Map<String, NotReady> notReady = new ConcurrentHashMap<>();
    private final Map<String, Limiter> limiters = new ConcurrentHashMap<>();
    private final Set<String> drifted = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> vanished = new ConcurrentHashMap<>();

    ActiveRule(String id, FaultRule definition, long drawKey) {
        this.id = id;
        this.definition = definition;
        this.drawKey = drawKey;
    }

    public String id() {
        return id;
    }

    public FaultRule definition() {
        return definition;
    }

    long drawKey() {
        return drawKey;
    }

    long match() {
        return matched.incrementAndGet();
    }

    void fire() {
        fired.incrementAndGet();
    }

    public FaultRuleView view() {
        FaultRule d = definition;
        return new FaultRuleView(id, d.company(), d.operation(), d.method(), d.page(), d.trigger(), d.fault(),
                matched.get(), fired.get());
    }

    /**
     * Whether this triggered match changes the answer: stateful kinds may let it pass (data ready, under the
     * limits). Work to do when the request ends (giving back a concurrency slot) goes to {@code onEnd}.
     */
    Firing act(ClassifiedRequest request, long match, List<Runnable> onEnd) {
        String company = request.company() == null ? "" : request.company();
        Firing firing = Firing.of(this, match);
        if (definition.fault() instanceof Fault.DataNotReady f) {
            NotReady state = notReady.computeIfAbsent(company, c -> new NotReady(System.nanoTime()));
            long seen = state.requests.incrementAndGet();
            boolean ready = f.requests() != null && seen > f.requests()
                    || f.durationMs() != null && (System.nanoTime() - state.firstNanos) / 1_000_000 >= f.durationMs();
            return ready ? null : firing;
        }
        if (definition.fault() instanceof Fault.RateLimit f) {
            Limiter limiter = limiters.computeIfAbsent(company, c -> new Limiter());
            Integer retryAfter = limiter.admit(f, onEnd);
            return retryAfter == null ? null : firing.retryAfter(retryAfter);
        }
        return firing;
    }

    /** Whether this page-drift rule has already drifted the company's list. */
    boolean drifted(String company) {
        return drifted.contains(company);
    }

    void drift(String company) {
        drifted.add(company);
    }

    void vanish(String company, String customerId) {
        vanished.computeIfAbsent(company, c -> ConcurrentHashMap.newKeySet()).add(customerId);
    }

    boolean vanished(String company, String customerId) {
        Set<String> ids = vanished.get(company);
        return ids != null && ids.contains(customerId);
    }

    /** The 409 countdown of one company. */
    private static final class NotReady {
        final long firstNanos;
        final AtomicLong requests = new AtomicLong();

        NotReady(long firstNanos) {
            this.firstNanos = firstNanos;
        }
    }

    /** One company's rate limiter: requests in flight, and a fixed window of requests. */
    private static final class Limiter {
        final AtomicInteger inFlight = new AtomicInteger();
        long windowStartNanos = System.nanoTime();
        long inWindow;

        /** Null when the request may go on (its concurrency slot is given back at its end), else Retry-After seconds. */
        Integer admit(Fault.RateLimit limit, List<Runnable> onEnd) {
            boolean holdsSlot = false;
            if (limit.maxConcurrent() != null) {
                if (inFlight.incrementAndGet() > limit.maxConcurrent()) {
                    inFlight.decrementAndGet();
                    return limit.concurrencyRetryAfter();
                }
                holdsSlot = true;
            }
            if (limit.maxRequests() != null) {
                synchronized (this) {
                    long now = System.nanoTime();
                    long windowNanos = limit.window() * 1_000_000;
                    if (now - windowStartNanos >= windowNanos) {
                        windowStartNanos = now;
                        inWindow = 0;
                    }
                    if (inWindow >= limit.maxRequests()) {
                        if (holdsSlot) {
                            inFlight.decrementAndGet();
                        }
                        long leftNanos = windowStartNanos + windowNanos - now;
                        return (int) Math.max(1, (leftNanos + 999_999_999) / 1_000_000_000);
                    }
                    inWindow++;
                }
            }
            if (holdsSlot) {
                onEnd.add(inFlight::decrementAndGet);
            }
            return null;
        }
    }
}
