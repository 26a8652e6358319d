package dev.codatsandbox.lifecycle;

/**
 * Fired (as a CDI event) when a test asks the sandbox to go back to what the fixture files, the seed and the
 * configuration give: every capability that keeps run-time state ({@code @Observes SandboxReset}) drops it.
 */
public record SandboxReset() {
}
