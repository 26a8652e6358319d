package dev.codatsandbox.paging;

import java.util.List;

/**
 * Cuts one page out of a collection and builds its links.
 *
 * <p>Page {@code n} exists when {@code 1 <= n <= lastPage}, where {@code lastPage} is the number of pages the
 * collection fills (at least 1, so an empty collection still has an empty page 1). {@code previous} and
 * {@code next} point to {@code page - 1} and {@code page + 1} only where that page exists; a page past the end
 * is an empty, valid page. Links carry {@code page} always and {@code pageSize} only when it differs from the
 * default, as in Codat's documented example ({@code ?page=1} for a default-sized page).
 */
public final class Paginator {

    private Paginator() {
    }

    public static <T> Page<T> page(List<T> all, PageRequest request, String collectionPath) {
        int total = all.size();
        long from = Math.min(request.offset(), total);
        long to = Math.min(from + request.pageSize(), total);
        List<T> results = List.copyOf(all.subList((int) from, (int) to));

        long lastPage = Math.max(1, (total + (long) request.pageSize() - 1) / request.pageSize());
        int page = request.page();
        Link previous = page - 1 >= 1 && page - 1 <= lastPage ? link(collectionPath, page - 1, request) : null;
        Link next = page + 1L <= lastPage ? link(collectionPath, page + 1, request) : null;
        Links links = new Links(link(collectionPath, page, request), new Link(collectionPath), previous, next);
        return new Page<>(results, page, request.pageSize(), total, links);
    }

    private static Link link(String collectionPath, int page, PageRequest request) {
        StringBuilder href = new StringBuilder(collectionPath).append("?page=").append(page);
        if (request.pageSize() != PageRequest.DEFAULT_PAGE_SIZE) {
            href.append("&pageSize=").append(request.pageSize());
        }
        return new Link(href.toString());
    }
}
