package dev.codatsandbox.journal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The last {@code capacity} entries of a journal, oldest first: a full ring forgets its oldest entry for each new
 * one, so memory stays bounded however long the sandbox runs, while sequence numbers (from 1) keep counting, so a
 * reader can tell that entries were dropped. Thread-safe; the request journal and the webhook delivery journal
 * both keep their entries in one.
 *
 * @param <T> the entry type
 */
public final class Ring<T> {

    private final Object[] entries;
    private long next;

    public Ring(int capacity) {
        this.entries = new Object[capacity];
    }

    /** Keeps the entry {@code numbered} makes of the next sequence number; answers it. */
    public synchronized T add(LongFunction<T> numbered) {
        long sequence = ++next;
        T entry = numbered.apply(sequence);
        entries[(int) ((sequence - 1) % entries.length)] = entry;
        return entry;
    }

    /** The entries kept that match, oldest first. */
    @SuppressWarnings("unchecked")
    public synchronized List<T> matching(Predicate<T> wanted) {
        List<T> found = new ArrayList<>();
        for (long s = Math.max(1, next - entries.length + 1); s <= next; s++) {
            T entry = (T) entries[(int) ((s - 1) % entries.length)];
            if (entry != null && wanted.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    /** The entry with this sequence number, while the ring still keeps it. */
    @SuppressWarnings("unchecked")
    public synchronized Optional<T> get(long sequence) {
        if (sequence < 1 || sequence > next || sequence <= next - entries.length) {
            return Optional.empty();
        }
        return Optional.ofNullable((T) entries[(int) ((sequence - 1) % entries.length)]);
    }

    /** Forgets every entry; sequence numbers go on counting. */
    public synchronized void clear() {
        Arrays.fill(entries, null);
    }
}
