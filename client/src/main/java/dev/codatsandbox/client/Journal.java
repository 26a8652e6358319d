package dev.codatsandbox.client;

import com.fasterxml.jackson.databind.JavaType;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * The sandbox's request journal ({@code /_sandbox/journal}): entries and counts for a {@link JournalQuery}, and
 * assertions whose failure lists the requests recorded. From {@link SandboxCompany#journal()} every query is of that
 * company, so a test counts its own requests while others run; only the sandbox-wide journal can be cleared.
 */
public final class Journal {

    private static final JavaType ENTRIES = Json.MAPPER.getTypeFactory()
            .constructCollectionType(List.class, JournalEntry.class);

    /** How many requests an assertion's message lists at most, the latest. */
    private static final int SHOWN = 50;

    private final Http http;
    private final String company;

    Journal(Http http, String company) {
        this.http = http;
        this.company = company;
    }

    private JournalQuery scoped(JournalQuery query) {
        return company == null ? query : query.company(company);
    }

    /** Every entry of this journal (the company's, when scoped), oldest first. */
    public List<JournalEntry> entries() {
        return entries(JournalQuery.all());
    }

    /** The entries {@code query} matches, oldest first. */
    public List<JournalEntry> entries(JournalQuery query) {
        return Json.read(http.admin("GET", Http.query("/_sandbox/journal", scoped(query).parameters()), null),
                ENTRIES);
    }

    /** How many entries {@code query} matches. */
    public long count(JournalQuery query) {
        return Json.tree(http.admin("GET", Http.query("/_sandbox/journal/count", scoped(query).parameters()), null))
                .path("count").asLong();
    }

    /** Forgets every request recorded, of every company (not allowed from a company's journal). */
    public void clear() {
        if (company != null) {
            throw new IllegalStateException("The journal is shared by every test: clear it from the client, not"
                    + " from company " + company + "; or query with since(...).");
        }
        http.admin("DELETE", "/_sandbox/journal", null);
    }

    /**
     * Fails unless {@code query} matches exactly {@code times} requests:
     * {@code expected list requests for page 3 twice, got once: #12 GET ...}.
     */
    public void assertCalled(JournalQuery query, int times) {
        check(query, n -> n == times, times(times));
    }

    /** Fails unless {@code query} matches at least {@code times} requests. */
    public void assertCalledAtLeast(JournalQuery query, int times) {
        check(query, n -> n >= times, "at least " + times(times));
    }

    /** Fails if {@code query} matches any request. */
    public void assertNotCalled(JournalQuery query) {
        check(query, n -> n == 0, "never");
    }

    private void check(JournalQuery query, IntPredicate expected, String expectation) {
        JournalQuery scoped = scoped(query);
        List<JournalEntry> matching = entries(scoped);
        if (expected.test(matching.size())) {
            return;
        }
        List<JournalEntry> recorded = company == null ? entries(JournalQuery.all())
                : entries(JournalQuery.all().company(company));
        throw new AssertionError("expected " + scoped.describe() + " " + expectation + ", got "
                + (matching.isEmpty() ? "none" : times(matching.size())) + ": " + lines(matching)
                + "\nall requests recorded" + (company == null ? "" : " of company " + company) + ": "
                + lines(recorded));
    }

    private static String lines(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return "(none)";
        }
        int skipped = Math.max(0, entries.size() - SHOWN);
        return (skipped == 0 ? "" : "\n  (" + skipped + " earlier not shown)") + entries.subList(skipped,
                entries.size()).stream().map(JournalEntry::summary).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String times(int n) {
        return switch (n) {
            case 0 -> "never";
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }
}
