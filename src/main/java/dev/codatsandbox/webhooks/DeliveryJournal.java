package dev.codatsandbox.webhooks;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.lifecycle.SandboxReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last {@code sandbox.webhooks.journal-max-entries} delivery attempts, oldest first, in a ring like the request
 * journal's: a full journal forgets its oldest attempt for each new one, and sequence numbers keep counting, so a
 * reader can tell that entries were dropped. A reset clears it.
 */
@ApplicationScoped
public class DeliveryJournal {

    private final DeliveryAttempt[] ring;
    private long next;

    DeliveryJournal(SandboxConfig config) {
        this.ring = new DeliveryAttempt[config.webhooks().journalMaxEntries()];
    }

    /** Keeps an attempt, numbered; answers it as kept. */
    synchronized DeliveryAttempt record(DeliveryAttempt attempt) {
        long sequence = ++next;
        DeliveryAttempt entry = new DeliveryAttempt(sequence, attempt.time(), attempt.eventType(), attempt.eventId(),
                attempt.messageId(), attempt.consumer(), attempt.url(), attempt.attempt(), attempt.status(),
                attempt.error(), attempt.latencyMs(), attempt.fault(), attempt.faultType());
        ring[(int) ((sequence - 1) % ring.length)] = entry;
        return entry;
    }

    public synchronized List<DeliveryAttempt> entries(DeliveryQuery query) {
        List<DeliveryAttempt> found = new ArrayList<>();
        for (long s = Math.max(1, next - ring.length + 1); s <= next; s++) {
            DeliveryAttempt entry = ring[(int) ((s - 1) % ring.length)];
            if (entry != null && query.matches(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    public long count(DeliveryQuery query) {
        return entries(query).size();
    }

    public synchronized void clear() {
        Arrays.fill(ring, null);
    }

    void onReset(@Observes SandboxReset reset) {
        clear();
    }
}
