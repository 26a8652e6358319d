package dev.codatsandbox.faults;

import java.time.Instant;

/**
 * Fired (as a CDI event) when a {@code rate-limit} rule's window limit ({@code maxRequests} per {@code windowMs}) is
 * reached for a company ({@code reached}: the first 429 of the window) and when that window ends and requests are
 * admitted again ({@code reached} false). Codat tells the same moments with its {@code client.rateLimit.reached}
 * and {@code client.rateLimit.reset} webhooks; the sandbox's limit is per company, Codat's per client.
 *
 * @param quota      the window's limit, {@code maxRequests}
 * @param remaining  requests left in the window: 0 when reached, the whole quota when reset
 * @param expiryDate when the window ends (reached) or when the next one would end (reset), by the sandbox clock
 */
public record RateLimitEvent(String companyId, boolean reached, int quota, int remaining, Instant expiryDate) {
}
