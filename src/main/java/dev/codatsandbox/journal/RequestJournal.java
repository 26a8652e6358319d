package dev.codatsandbox.journal;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.lifecycle.SandboxReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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


    private final Ring<Kept> ring;
    @SuppressWarnings("unchecked")
    private volatile Consumer<JournalEntry>[] watchers = new Consumer[0];

    RequestJournal(SandboxConfig config) {
        this.ring = new Ring<>(config.journal().maxEntries());
    }

    /** An entry and the answer its request was sent. */
    private record Kept(JournalEntry entry, JournalAnswer answer) {
    }

    /** Keeps the entry, numbered, and its answer, and tells the watchers; the sequence number given is returned. */
    long record(EntryDraft draft, JournalAnswer answer) {
        JournalEntry entry = ring.add(sequence -> new Kept(draft.numbered(sequence), answer)).entry();
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

    public List<JournalEntry> entries(JournalQuery query) {
        return ring.matching(kept -> query.matches(kept.entry())).stream().map(Kept::entry).toList();
    }

    /** The answer sent to the request with this sequence number, while the journal still keeps it. */
    Optional<JournalAnswer> answer(long sequence) {
        return ring.get(sequence).map(Kept::answer);
    }

    public long count(JournalQuery query) {
        return entries(query).size();
    }

    public void clear() {
        ring.clear();
    }

    void onReset(@Observes SandboxReset reset) {
        clear();
    }

    /** An entry before it is numbered. */
    interface EntryDraft {
        JournalEntry numbered(long sequence);
    }
}
