package dev.codatsandbox.clock;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of {@code POST /_sandbox/clock/advance}: how far to move the clock, in milliseconds (may be negative). */
@RegisterForReflection
public record ClockAdvance(Long byMs) {
}
