package dev.codatsandbox.faults;

import dev.codatsandbox.pipeline.ClassifiedRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A rule in force: its id, its definition, atomic match and fire counts, and the per-company state of the kinds
 * that keep some (the 409 countdown, the rate limiter's counters, page drift and vanished records). Dropping the
 * rule drops that state. The moments a client hears of through webhooks (a company's data ready, a rate limit
 * reached and reset) are told to the rule's {@link Notices}.
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

    private final Notices notices;

    /** Where a rule tells of the moments webhooks report: data become ready, a rate limit reached and reset. */
    interface Notices {

        /** Runs {@code action} after {@code delayMs}, if {@code rule} is still in force then. */
        void later(ActiveRule rule, long delayMs, Runnable action);

        void dataReady(String company);

        void rateLimit(String company, boolean reached, int quota, int remaining, long expiresInMs);
    }

    ActiveRule(String id, FaultRule definition, long drawKey, Notices notices) {
        this.id = id;
        this.definition = definition;
        this.drawKey = drawKey;
        this.notices = notices;
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
            NotReady state = notReady.computeIfAbsent(company, c -> notReady(c, f));
            long seen = state.requests.incrementAndGet();
            boolean ready = f.requests() != null && seen > f.requests()
                    || f.durationMs() != null && (System.nanoTime() - state.firstNanos) / 1_000_000 >= f.durationMs();
            if (!ready && f.requests() != null && seen == f.requests()) {
                state.announce(company, notices);
            }
            return ready ? null : firing;
        }
        if (definition.fault() instanceof Fault.RateLimit f) {
            Limiter limiter = limiters.computeIfAbsent(company, c -> new Limiter());
            Integer retryAfter = limiter.admit(f, onEnd, leftMs -> {
                notices.rateLimit(company, true, f.maxRequests(), 0, leftMs);
                notices.later(this, leftMs, () -> notices.rateLimit(company, false, f.maxRequests(),
                        f.maxRequests(), f.window()));
            });
            return retryAfter == null ? null : firing.retryAfter(retryAfter);
        }
        return firing;
    }

    /** A company's 409 countdown, from now; with {@code durationMs}, its readiness told when that has passed. */
    private NotReady notReady(String company, Fault.DataNotReady f) {
        NotReady state = new NotReady(System.nanoTime());
        if (f.durationMs() != null) {
            notices.later(this, f.durationMs(), () -> state.announce(company, notices));
        }
        return state;
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
        final AtomicBoolean announced = new AtomicBoolean();

        NotReady(long firstNanos) {
            this.firstNanos = firstNanos;
        }

        /** Tells, once, that the company's data are ready (a request without a company has none to tell of). */
        void announce(String company, Notices notices) {
            if (!company.isEmpty() && announced.compareAndSet(false, true)) {
                notices.dataReady(company);
            }
        }
    }

    /** One company's rate limiter: requests in flight, and a fixed window of requests. */
    private static final class Limiter {
        final AtomicInteger inFlight = new AtomicInteger();
        long windowStartNanos = System.nanoTime();
        long inWindow;
        boolean reachedInWindow;

        /**
         * Null when the request may go on (its concurrency slot is given back at its end), else Retry-After seconds.
         * The first refusal of a window tells {@code reached} the milliseconds left in it.
         */
        Integer admit(Fault.RateLimit limit, List<Runnable> onEnd, LongConsumer reached) {
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
                        reachedInWindow = false;
                    }
                    if (inWindow >= limit.maxRequests()) {
                        if (holdsSlot) {
                            inFlight.decrementAndGet();
                        }
                        long leftNanos = windowStartNanos + windowNanos - now;
                        if (!reachedInWindow) {
                            reachedInWindow = true;
                            reached.accept(Math.max(1, leftNanos / 1_000_000));
                        }
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
