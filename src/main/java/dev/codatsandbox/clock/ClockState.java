package dev.codatsandbox.clock;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * The sandbox clock as the admin API shows it ({@code now}, {@code frozen}), and as a test sets it: either field may
 * be left out of a {@code PUT /_sandbox/clock} to keep it.
 */
@RegisterForReflection
@JsonPropertyOrder({"now", "frozen"})
public record ClockState(Instant now, Boolean frozen) {
}
