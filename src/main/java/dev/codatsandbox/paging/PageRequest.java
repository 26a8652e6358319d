package dev.codatsandbox.paging;

/**
 * A validated page request: {@code page} is 1 or more, {@code pageSize} is from 1 to {@link #MAX_PAGE_SIZE}.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 5000;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be from 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }

    /** Index of the first item of this page in the whole collection; a long, because page may be huge. */
    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
