package dev.codatsandbox.query;

import dev.codatsandbox.companies.CustomerList;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.lifecycle.SandboxReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Answers which records of a list a query and an order select, as their positions in the list, and keeps the
 * latest answers so that a repeated request, or the next page of one, reads no record but those it serves.
 *
 * <p>Without a query or an order the list itself is the answer: nothing is read ahead, so a plain page of a
 * company of millions of generated customers produces only that page. With either, the list is scanned once:
 * every record is read (a generated one produced) and tested, and for an order its sort key is kept until the
 * stable sort is done. The answer is an {@code int[]} of positions (4 bytes for each selected record), cached under
 * (scope, list content, query syntax, order); a list changed at run time has new content and so new entries.
 *
 * <p>The cache holds at most {@code sandbox.query.cache-size} answers and {@code sandbox.query.cache-max-positions}
 * positions in all, dropping the least recently used first. Concurrent requests for the same answer wait for one
 * scan rather than each making its own.
 */
@ApplicationScoped
public class QueryResults {

    private final int maxEntries;
    private final long maxPositions;
    private final LinkedHashMap<Key, CompletableFuture<int[]>> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long positionsHeld;
    private long scans;

    @Inject
    QueryResults(SandboxConfig config) {
        this(config.query().cacheSize(), config.query().cacheMaxPositions());
    }

    /** A cache of at most {@code maxEntries} answers and {@code maxPositions} positions in all. */
    public QueryResults(int maxEntries, long maxPositions) {
        this.maxEntries = maxEntries;
        this.maxPositions = maxPositions;
    }

    /**
     * The records the query and order select from the list, in that order (list order without an order): the list
     * itself when both are empty, otherwise a view through the selected positions.
     *
     * @param scope       what the list is the list of, e.g. {@code "customers of <companyId>"}
     * @param contentKey  equal for two lists of {@code scope} only when they hold the same records in the same order
     */
    public <R> List<R> select(String scope, Object contentKey, List<R> list, Optional<Query<R>> query,
                              Optional<OrderBy<R>> order) {
        if (query.isEmpty() && order.isEmpty()) {
            return list;
        }
        int[] positions = positions(scope, contentKey, list, query, order);
        if (list instanceof CustomerList customers) {
            // a selection the page writer knows, so the selected customers' serialised bytes are reused
            @SuppressWarnings("unchecked")
            List<R> selected = (List<R>) customers.at(positions);
            return selected;
        }
        return new Selection<>(list, positions);
    }

    /** The positions in the list of the records the query and order select, in that order. */
    public <R> int[] positions(String scope, Object contentKey, List<R> list, Optional<Query<R>> query,
                               Optional<OrderBy<R>> order) {
        if (maxEntries == 0) {
            return scan(list, query, order);
        }
        Key key = new Key(scope, contentKey, query.map(Query::expression).orElse(null),
                order.map(OrderBy::path).orElse(null), order.map(OrderBy::descending).orElse(false));
        CompletableFuture<int[]> answer;
        boolean mine = false;
        synchronized (this) {
            answer = cache.get(key);
            if (answer == null) {
                answer = new CompletableFuture<>();
                cache.put(key, answer);
                mine = true;
            }
        }
        if (mine) {
            try {
                int[] positions = scan(list, query, order);
                answer.complete(positions);
                hold(key, answer, positions.length);
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
                synchronized (this) {
                    cache.remove(key, answer);
                }
                throw e;
            }
        }
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** How many scans were made since start-up: a scan reads every record of a list. */
    public synchronized long scans() {
        return scans;
    }

    /** How many answers the cache holds now (answers being computed included). */
    public synchronized int size() {
        return cache.size();
    }

    void onReset(@Observes SandboxReset reset) {
        clear();
    }

    /** Drops every cached answer. */
    public synchronized void clear() {
        cache.clear();
        positionsHeld = 0;
    }

    private synchronized void hold(Key key, CompletableFuture<int[]> answer, int positions) {
        if (cache.get(key) != answer) {
            return;
        }
        positionsHeld += positions;
        Iterator<Map.Entry<Key, CompletableFuture<int[]>>> eldest = cache.entrySet().iterator();
        while ((cache.size() > maxEntries || positionsHeld > maxPositions) && eldest.hasNext()) {
            CompletableFuture<int[]> dropped = eldest.next().getValue();
            if (dropped.isDone()) {
                positionsHeld -= dropped.join().length;
            }
            eldest.remove();
        }
    }

    private <R> int[] scan(List<R> list, Optional<Query<R>> query, Optional<OrderBy<R>> order) {
        synchronized (this) {
            scans++;
        }
        int size = list.size();
        int[] positions = new int[Math.min(size, 1024)];
        Object[] keys = order.isPresent() ? new Object[positions.length] : null;
        int count = 0;
        for (int position = 0; position < size; position++) {
            R record = list.get(position);
            if (query.isPresent() && !query.get().test(record)) {
                continue;
            }
            if (count == positions.length) {
                int grown = (int) Math.min(size, positions.length * 2L);
                positions = Arrays.copyOf(positions, grown);
                keys = keys == null ? null : Arrays.copyOf(keys, grown);
            }
            positions[count] = position;
            if (keys != null) {
                keys[count] = order.get().key(record);
            }
            count++;
        }
        int[] selected = Arrays.copyOf(positions, count);
        if (order.isEmpty()) {
            return selected;
        }
        OrderBy<R> by = order.get();
        Object[] sortKeys = keys;
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        StableSort.sort(indices, (a, b) -> by.compareKeys(sortKeys[a], sortKeys[b]));
        int[] ordered = new int[count];
        for (int i = 0; i < count; i++) {
            ordered[i] = selected[indices[i]];
        }
        return ordered;
    }

    /** What an answer depends on; the query by its syntax tree, so spacing does not matter. */
    private record Key(String scope, Object contentKey, Expression query, String orderPath, boolean descending) {
    }
}
