package dev.codatsandbox.push;

/**
 * Fired (as a CDI event) when a push operation leaves {@code Pending}: completed {@code Success}, {@code Failed} or
 * {@code TimedOut}, at once for a customer that breaks the connection's rules, else at its due time. Whoever tells
 * the outside world of writes (webhooks) observes it; push itself knows nothing of them.
 *
 * @param operation  the operation as Codat shows it, completed
 * @param customerId the id of the customer it created or updated
 * @param create     whether it was a create ({@code POST}) rather than an update ({@code PUT})
 */
public record PushOperationCompleted(PushOperation operation, String customerId, boolean create) {
}
