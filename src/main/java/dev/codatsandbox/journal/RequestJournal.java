package dev.codatsandbox.journal;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.lifecycle.SandboxReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The last {@code sandbox.journal.max-entries} requests to Codat's paths, oldest first, in a ring: a full
 * journal forgets its oldest entry for each new one, so memory stays bounded however long the sandbox runs.
 * Sequence numbers keep counting, so a reader can tell that entries were dropped.
 *
 * <p>Watchers (the dashboard's live stream) are told of each entry as it is kept. The recorder runs on every
 * request, so with no watcher the cost is one read of a volatile array; a watcher is called outside the journal's
 * lock and must not block.
 */
@ApplicationScoped
public class RequestJournal {


    private final JournalEntry[] ring;
    private final JournalAnswer[] answers;
    private long next;
    @SuppressWarnings("unchecked")
    private volatile Consumer<JournalEntry>[] watchers = new Consumer[0];

    RequestJournal(SandboxConfig config) {
        this.ring = new JournalEntry[config.journal().maxEntries()];
        this.answers = new JournalAnswer[ring.length];
    }

    /** Keeps the entry, numbered, and its answer, and tells the watchers; the sequence number given is returned. */
    long record(EntryDraft draft, JournalAnswer answer) {
        JournalEntry entry;
        synchronized (this) {
            long sequence = ++next;
            entry = draft.numbered(sequence);
            int slot = (int) ((sequence - 1) % ring.length);
            ring[slot] = entry;
            answers[slot] = answer;
        }
        Consumer<JournalEntry>[] told = watchers;
        for (Consumer<JournalEntry> watcher : told) {
            try {
                watcher.accept(entry);
            } catch (RuntimeException e) {
                // a watcher's failure is its own: the request and the other watchers go on
            }
        }
        return entry.sequence();
    }

    /**
     * Tells {@code watcher} of every entry kept from now on, until the returned handle is run. The watcher is called
     * on the thread that ends the request, so it must hand the entry on without blocking.
     */
    public Runnable watch(Consumer<JournalEntry> watcher) {
        synchronized (this) {
            Consumer<JournalEntry>[] more = Arrays.copyOf(watchers, watchers.length + 1);
            more[more.length - 1] = watcher;
            watchers = more;
        }
        return () -> unwatch(watcher);
    }

    @SuppressWarnings("unchecked")
    private synchronized void unwatch(Consumer<JournalEntry> watcher) {
        watchers = Arrays.stream(watchers).filter(w -> w != watcher).toArray(Consumer[]::new);
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

    /** The answer sent to the request with this sequence number, while the journal still keeps it. */
    synchronized Optional<JournalAnswer> answer(long sequence) {
        if (sequence < 1 || sequence > next || sequence <= next - ring.length) {
            return Optional.empty();
        }
        int slot = (int) ((sequence - 1) % ring.length);
        JournalEntry entry = ring[slot];
        return entry != null && entry.sequence() == sequence ? Optional.ofNullable(answers[slot]) : Optional.empty();
    }

    public long count(JournalQuery query) {
        return entries(query).size();
    }

    public synchronized void clear() {
        Arrays.fill(ring, null);
        Arrays.fill(answers, null);
    }

    void onReset(@Observes SandboxReset reset) {
        clear();
    }

    /** An entry before it is numbered. */
    interface EntryDraft {
        JournalEntry numbered(long sequence);
    }
}
