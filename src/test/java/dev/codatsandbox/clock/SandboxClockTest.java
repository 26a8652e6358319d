package dev.codatsandbox.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxClockTest {

    private final AtomicReference<Instant> real = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00.123456Z"));
    private final SandboxClock clock = new SandboxClock(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return real.get();
        }
    });

    private void realTimePasses(long ms) {
        real.updateAndGet(now -> now.plusMillis(ms));
    }

    @Test
    void runsWithRealTimeInWholeMilliseconds() {
        assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), clock.now());
        realTimePasses(1000);
        assertEquals(Instant.parse("2026-01-01T00:00:01.123Z"), clock.now());
        assertFalse(clock.frozen());
    }

    @Test
    void aFrozenClockStandsStillUntilAdvanced() {
        Instant at = clock.freeze();
        realTimePasses(5000);

        assertEquals(at, clock.now());
        assertTrue(clock.frozen());
        assertEquals(at.plusSeconds(60), clock.advance(Duration.ofMinutes(1)));
    }

    @Test
    void aSetClockRunsOnFromThere() {
        clock.set(Instant.parse("2030-06-01T12:00:00Z"));
        realTimePasses(250);

        assertEquals(Instant.parse("2030-06-01T12:00:00.250Z"), clock.now());
    }

    @Test
    void unfreezingRunsOnFromTheFrozenInstantAndResetReturnsToRealTime() {
        clock.freeze();
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        clock.unfreeze();
        realTimePasses(10);
        assertEquals(Instant.parse("2030-01-01T00:00:00.010Z"), clock.now());

        clock.reset();
        assertEquals(Instant.parse("2026-01-01T00:00:00.133Z"), clock.now());
        assertFalse(clock.frozen());
    }
}
