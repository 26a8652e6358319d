package dev.codatsandbox.clock;

import dev.codatsandbox.lifecycle.SandboxReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The sandbox's time: what stamps {@code modifiedDate} of pushed customers and {@code requestedOnUtc} and
 * {@code completedOnUtc} of push operations, and what decides when a pending push operation is due. By default it
 * is real time; a test can freeze it, set it and advance it (the admin API, {@code /_sandbox/clock}), so that what
 * depends on time, an incremental sync by {@code modifiedDate} for one, answers the same on every run.
 *
 * <p>Readings are in whole milliseconds. A running clock is real time plus an offset (set and advance change the
 * offset); a frozen one stands at one instant until it is set, advanced or unfrozen. A reset goes back to real time.
 * The real clock is injectable ({@link #SandboxClock(Clock)}) for tests of this class.
 */
@ApplicationScoped
public class SandboxClock {

    private final Clock real;
    private Duration offset = Duration.ZERO;
    private Instant frozenAt;

    SandboxClock() {
        this(Clock.systemUTC());
    }

    public SandboxClock(Clock real) {
        this.real = real;
    }

    /** The sandbox's current instant, in whole milliseconds. */
    public synchronized Instant now() {
        return frozenAt != null ? frozenAt : real.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    public synchronized boolean frozen() {
        return frozenAt != null;
    }

    /** Stops the clock at its current instant. */
    public synchronized Instant freeze() {
        frozenAt = now();
        return frozenAt;
    }

    /** Lets a frozen clock run again, on from the instant it stood at. */
    public synchronized Instant unfreeze() {
        if (frozenAt != null) {
            offset = Duration.between(real.instant(), frozenAt);
            frozenAt = null;
        }
        return now();
    }

    /** Puts the clock at this instant; a frozen clock stays frozen there, a running one runs on from there. */
    public synchronized Instant set(Instant instant) {
        Instant at = instant.truncatedTo(ChronoUnit.MILLIS);
        if (frozenAt != null) {
            frozenAt = at;
        } else {
            offset = Duration.between(real.instant(), at);
        }
        return now();
    }

    /** Moves the clock on (or back, for a negative duration). */
    public synchronized Instant advance(Duration by) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(by).truncatedTo(ChronoUnit.MILLIS);
        } else {
            offset = offset.plus(by);
        }
        return now();
    }

    /** Back to real time, running. */
    public synchronized void reset() {
        offset = Duration.ZERO;
        frozenAt = null;
    }

    void onReset(@Observes SandboxReset reset) {
        reset();
    }
}
