package dev.codatsandbox.paging;

import dev.codatsandbox.companies.CustomerList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Cuts one page out of a collection and builds its links.
 *
 * <p>Page {@code n} exists when {@code 1 <= n <= lastPage}, where {@code lastPage} is the number of pages the
 * collection fills (at least 1, so an empty collection still has an empty page 1). {@code previous} and
 * {@code next} point to {@code page - 1} and {@code page + 1} only where that page exists; a page past the end
 * is an empty, valid page. Links carry {@code page} always and {@code pageSize} only when it differs from the
 * default, as in Codat's documented example ({@code ?page=1} for a default-sized page), then the parameters the
 * request asked to keep ({@code query}, {@code orderBy}), URL-encoded, so following a link walks the same list.
 * {@code self} is always the bare collection path.
 *
 * <p>A page of a {@link CustomerList} (or of a selection of one) holds a view of it ({@link CustomerList.Selection})
 * rather than a copy, so its customers are produced only when written, and their serialised bytes can be reused.
 */
public final class Paginator {

    private Paginator() {
    }

    public static <T> Page<T> page(List<T> all, PageRequest request, String collectionPath) {
        return page(all, request, collectionPath, Map.of());
    }

    /**
     * One page of the collection, whose {@code current}, {@code previous} and {@code next} links carry the kept
     * parameters (name to value, in the map's order) after {@code page} and {@code pageSize}.
     */
    public static <T> Page<T> page(List<T> all, PageRequest request, String collectionPath, Map<String, String> kept) {
        int total = all.size();
        long from = Math.min(request.offset(), total);
        long to = Math.min(from + request.pageSize(), total);
        List<T> slice = all.subList((int) from, (int) to);
        List<T> results = slice instanceof CustomerList.Selection ? slice : List.copyOf(slice);

        long lastPage = Math.max(1, (total + (long) request.pageSize() - 1) / request.pageSize());
        int page = request.page();
        Link previous = page - 1 >= 1 && page - 1 <= lastPage ? link(collectionPath, page - 1, request, kept) : null;
        Link next = page + 1L <= lastPage ? link(collectionPath, page + 1, request, kept) : null;
        Links links = new Links(link(collectionPath, page, request, kept), new Link(collectionPath), previous, next);
        return new Page<>(results, page, request.pageSize(), total, links);
    }

    private static Link link(String collectionPath, int page, PageRequest request, Map<String, String> kept) {
        StringBuilder href = new StringBuilder(collectionPath).append("?page=").append(page);
        if (request.pageSize() != PageRequest.DEFAULT_PAGE_SIZE) {
            href.append("&pageSize=").append(request.pageSize());
        }
        kept.forEach((name, value) -> href.append('&').append(encode(name)).append('=').append(encode(value)));
        return new Link(href.toString());
    }

    /** Percent-encodes a query-string component; a space becomes {@code %20}, never {@code +}. */
    private static String encode(String component) {
        return URLEncoder.encode(component, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
