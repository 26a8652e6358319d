package dev.codatsandbox.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Links;
import dev.codatsandbox.paging.Page;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JSON bytes of customers and pages, exactly as the application's {@link ObjectMapper} writes them, reused across
 * requests. A customer, or a page's envelope, is written by {@link CustomerJson} where it can, by the ObjectMapper
 * otherwise.
 *
 * <p>A page whose results are a run of a list's positions ({@link #page}) is kept whole: its body is fixed by the
 * list's {@linkplain CustomerList#contentKey() content}, the run and the envelope's values, so a repeated page costs
 * one look-up. It is kept the second time it is written, not the first: a page read once (a first-use company's, a
 * client paging through a large company once) would only push pages read again out of the cache, and the bytes of
 * pages kept and pushed out live long enough to reach the collector's old generation, which it must then collect
 * whole, often, while first uses go on. Customers picked out of a list in any other order (a query's or an
 * order's results) are kept one by one ({@link #of}): a generated customer no change has replaced is a pure function
 * of (seed, company, index), so its bytes are kept under that key and serve every later request for any list of
 * that company; any other customer is kept under (list version, position), which a change to the company's list
 * retires. The cache is bounded by {@code sandbox.cache.max-mib} (least recently used bytes go first); at 0 nothing
 * is kept.
 */
@ApplicationScoped
// Caffeine makes its cache and node classes by name for the features used (strong keys and values, maximum weight):
// the native image must carry those two.
@RegisterForReflection(classNames = {"com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.PSMW"})
public class CustomerBytes {

    /** Bytes a cache entry costs besides the serialised customer: its key and the cache's own node. */
    private static final int ENTRY_OVERHEAD = 96;
    /** Pages written once and not kept are remembered by hash in this many slots, the newest in each. */
    static final int WRITTEN_ONCE_SLOTS = 4096;

    private final ObjectMapper json;
    private final Cache<Object, byte[]> cache;
    /**
     * The hash of the last page written and not kept, in the slot its hash picks. Threads read and write it without
     * synchronising: a slot read stale or overwritten only keeps a page one write earlier or later.
     */
    private final int[] writtenOnce = new int[WRITTEN_ONCE_SLOTS];

    @Inject
    CustomerBytes(ObjectMapper json, SandboxConfig config) {
        this(json, config.cache().maxMib() * 1024L * 1024L);
    }

    public CustomerBytes(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.cache = maxBytes == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object key, byte[] bytes) -> bytes.length + ENTRY_OVERHEAD)
                .executor(Runnable::run)
                .build();
    }

    /** The JSON of the element at {@code i} of {@code customers}. */
    public byte[] of(List<?> customers, int i) {
        if (cache == null || !(customers instanceof CustomerList.Selection selection)) {
            return serialise(customers.get(i));
        }
        CustomerList list = selection.source();
        int position = selection.position(i);
        long index = list.generatedIndex(position);
        Object key = index >= 0 ? new Generated(list.seed(), list.companyId(), index)
                : new Stated(list.version(), position);
        byte[] bytes = cache.getIfPresent(key);
        if (bytes == null) {
            bytes = serialise(selection.get(i));
            cache.put(key, bytes);
        }
        return bytes;
    }

    /** Whether a page of these results is kept whole by {@link #page}. */
    static boolean keptWhole(List<?> results) {
        return results instanceof CustomerList.Selection selection && selection.contiguous() && !selection.isEmpty();
    }

    /**
     * The body of {@code page}, kept whole, from its second write on, when its results are a run of a list's positions
     * ({@link #keptWhole}).
     */
    byte[] page(Page<?> page, Supplier<byte[]> assemble) {
        if (cache == null || !keptWhole(page.results())) {
            return assemble.get();
        }
        CustomerList.Selection selection = (CustomerList.Selection) page.results();
        PageKey key = new PageKey(selection.source().contentKey(), selection.position(0), selection.size(),
                page.pageNumber(), page.pageSize(), page.totalResults(), page.links());
        byte[] body = cache.getIfPresent(key);
        if (body == null) {
            body = assemble.get();
            if (writtenBefore(key)) {
                cache.put(key, body);
            }
        }
        return body;
    }

    /** Whether a page with this key was written and not kept before (as far as its slot remembers); remembers it. */
    private boolean writtenBefore(Object key) {
        int hash = key.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (WRITTEN_ONCE_SLOTS - 1);
        if (writtenOnce[slot] == hash) {
            return true;
        }
        writtenOnce[slot] = hash;
        return false;
    }

    /** Serialised customers and pages kept now, for tests and diagnostics. */
    public long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    byte[] serialise(Object value) {
        byte[] bytes = value instanceof Customer customer ? CustomerJson.bytes(customer)
                : value instanceof Page<?> page ? CustomerJson.envelope(page) : null;
        if (bytes != null) {
            return bytes;
        }
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Generated(long seed, String companyId, long index) {
    }

    private record Stated(long listVersion, int position) {
    }

    private record PageKey(Object list, int from, int size, int pageNumber, int pageSize, int totalResults,
                           Links links) {
    }
}
