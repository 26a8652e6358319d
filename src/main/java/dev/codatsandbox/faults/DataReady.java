package dev.codatsandbox.faults;

/**
 * Fired (as a CDI event) when a company that a {@code data-not-ready} rule answered 409 becomes ready: on its last
 * 409 of the rule's {@code requests}, or when the rule's {@code durationMs} have passed since its first, whichever
 * comes first. Codat tells the same moment with its {@code read.completed} webhook.
 */
public record DataReady(String companyId) {
}
