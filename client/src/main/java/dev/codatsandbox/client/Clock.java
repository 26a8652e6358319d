package dev.codatsandbox.client;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox clock ({@code /_sandbox/clock}), which stamps pushed customers and push operations and decides when
 * operations are due. It is the sandbox's, not a company's: a test that sets it should not run beside others that
 * push.
 */
public final class Clock {

    private final Http http;

    Clock(Http http) {
        this.http = http;
    }

    /** The time and whether it is frozen. */
    public ClockState get() {
        return Json.read(http.admin("GET", "/_sandbox/clock", null), ClockState.class);
    }

    /** Sets the time and freezes it there, or lets it run from there. */
    public ClockState set(Instant now, boolean frozen) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("now", now.toString());
        body.put("frozen", frozen);
        return Json.read(http.admin("PUT", "/_sandbox/clock", Json.write(body)), ClockState.class);
    }

    /** Moves the clock on by {@code by} (whole milliseconds). */
    public ClockState advance(Duration by) {
        return Json.read(http.admin("POST", "/_sandbox/clock/advance", Json.write(Map.of("byMs", by.toMillis()))),
                ClockState.class);
    }

    /** Stops the clock where it is. */
    public ClockState freeze() {
        return Json.read(http.admin("POST", "/_sandbox/clock/freeze", null), ClockState.class);
    }

    /** Lets the clock run on from where it stands. */
    public ClockState unfreeze() {
        return Json.read(http.admin("POST", "/_sandbox/clock/unfreeze", null), ClockState.class);
    }

    /** Back to real time. */
    public ClockState realTime() {
        return Json.read(http.admin("DELETE", "/_sandbox/clock", null), ClockState.class);
    }
}
