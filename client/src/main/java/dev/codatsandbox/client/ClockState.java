package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** The sandbox clock: what time it is there, and whether it stands still. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClockState(Instant now, boolean frozen) {
}
