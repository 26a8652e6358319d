package dev.codatsandbox.webhooks;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.journal.Ring;
import dev.codatsandbox.lifecycle.SandboxReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.function.LongFunction;

/**
 * The last {@code sandbox.webhooks.journal-max-entries} delivery attempts, oldest first, in a {@link Ring} like
 * the request journal's: a full journal forgets its oldest attempt for each new one, and sequence numbers keep
 * counting, so a reader can tell that entries were dropped. A reset clears it.
 */
@ApplicationScoped
public class DeliveryJournal {

    private final Ring<DeliveryAttempt> ring;

    DeliveryJournal(SandboxConfig config) {
        this.ring = new Ring<>(config.webhooks().journalMaxEntries());
    }

    /** Keeps the attempt {@code numbered} makes of the next sequence number; answers it as kept. */
    DeliveryAttempt record(LongFunction<DeliveryAttempt> numbered) {
        return ring.add(numbered);
    }

    public List<DeliveryAttempt> entries(DeliveryQuery query) {
        return ring.matching(query::matches);
    }

    public long count(DeliveryQuery query) {
        return entries(query).size();
    }

    public void clear() {
        ring.clear();
    }

    void onReset(@Observes SandboxReset reset) {
        clear();
    }
}
