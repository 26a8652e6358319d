package dev.codatsandbox.wire;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON bytes of customers, exactly as the application's {@link ObjectMapper} writes them, reused across requests.
 *
 * <p>A customer taken from a {@link CustomerList.Selection} has a place that fixes its bytes: a generated customer no
 * change has replaced is a pure function of (seed, company, index), so its bytes are kept under that key and serve
 * every later request for any list of that company; any other customer is kept under (list version, position), which
 * a change to the company's list retires. The cache is bounded by {@code sandbox.cache.max-mib} (least recently used
 * bytes go first); at 0 nothing is kept. Customers of any other list are serialised each time. A whole page body is
 * kept too when its results are a run of a list's positions ({@link #page}), so that a repeated page costs one
 * look-up.
 */
@ApplicationScoped
// Caffeine makes its cache and node classes by name for the features used (strong keys and values, maximum weight):
// the native image must carry those two.
@RegisterForReflection(classNames = {"com.github.benmanes.caffeine.cache.SSMW", "com.github.benmanes.caffeine.cache.PSMW"})
public class CustomerBytes {

    /** Bytes a cache entry costs besides the serialised customer: its key and the cache's own node. */
    private static final int ENTRY_OVERHEAD = 96;

    private final ObjectMapper json;
    private final Cache<Object, byte[]> cache;

    @Inject
    CustomerBytes(ObjectMapper json, SandboxConfig config) {
        this(json, config.cache().maxMib() * 1024L * 1024L);
    }

    CustomerBytes(ObjectMapper json, long maxBytes) {
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
        Object key = index >= 0 ? new Generated(list.seed(), list.companyId(), index) : new Stated(list.version(), position);
        byte[] bytes = cache.getIfPresent(key);
        if (bytes == null) {
            bytes = serialise(selection.get(i));
            cache.put(key, bytes);
        }
        return bytes;
    }

    /**
     * The body of a page whose envelope serialises to {@code envelope} and whose results are {@code selection}, kept
     * whole when the selection is a run of positions: such a body is fixed by the envelope and by the list's
     * {@linkplain CustomerList#contentKey() content}.
     */
    byte[] page(List<?> results, byte[] envelope, java.util.function.Supplier<byte[]> assemble) {
        if (cache == null || !(results instanceof CustomerList.Selection selection) || !selection.contiguous()
                || selection.isEmpty()) {
            return assemble.get();
        }
        CustomerList list = selection.source();
        PageKey key = new PageKey(list.contentKey(), selection.position(0), selection.size(),
                new String(envelope, java.nio.charset.StandardCharsets.ISO_8859_1));
        byte[] body = cache.getIfPresent(key);
        if (body == null) {
            body = assemble.get();
            cache.put(key, body);
        }
        return body;
    }

    /** Serialised customers and pages kept now, for tests and diagnostics. */
    public long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    byte[] serialise(Object value) {
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

    private record PageKey(Object list, int from, int size, String envelope) {
    }
}
