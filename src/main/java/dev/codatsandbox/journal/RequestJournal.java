package dev.codatsandbox.journal;

import dev.codatsandbox.admin.SandboxReset;
import dev.codatsandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code sandbox.journal.max-entries} requests to Codat's paths, oldest first, in a ring: a full
 * journal forgets its oldest entry for each new one, so memory stays bounded however long the sandbox runs.
 * Sequence numbers keep counting, so a reader can tell that entries were dropped.
 */
@ApplicationScoped
public class RequestJournal {

    /** Routing-context key of the error body's correlationId, set by whoever sends one. */
    public static final String CORRELATION_ID = "sandbox.correlationId";

    private final JournalEntry[] ring;
    private long next;

    RequestJournal(SandboxConfig config) {
        this.ring = new JournalEntry[config.journal().maxEntries()];
    }

    /** Keeps the entry, numbered; the sequence number given is returned. */
    synchronized long record(EntryDraft draft) {
        long sequence = ++next;
        ring[(int) ((sequence - 1) % ring.length)] = draft.numbered(sequence);
        return sequence;
    }

    public synchronized List<JournalEntry> entries(JournalQuery query) {
        List<JournalEntry> found = new ArrayList<>();
        long first = Math.max(1, next - ring.length + 1);
        for (long s = first; s <= next; s++) {
            JournalEntry entry = ring[(int) ((s - 1) % ring.length)];
            if (entry != null && query.matches(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    public long count(JournalQuery query) {
        return entries(query).size();
    }

    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
    }

    void onReset(@Observes SandboxReset reset) {
        clear();
    }

    /** An entry before it is numbered. */
    interface EntryDraft {
        JournalEntry numbered(long sequence);
    }
}
