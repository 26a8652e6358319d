package dev.codatsandbox.query;

import dev.codatsandbox.query.Samples.Sample;
import org.junit.jupiter.api.Test;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Scanning a list for a query and order, and the bounded cache of the answers. */
class QueryResultsTest {

    /** The samples, counting every record read. */
    private static final class CountingList extends AbstractList<Sample> {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Sample get(int index) {
            reads.incrementAndGet();
            return Samples.ALL.get(index);
        }

        @Override
        public int size() {
            return Samples.ALL.size();
        }
    }

    private static Optional<Query<Sample>> query(String text) {
        return Query.parse(text, Samples.TABLE);
    }

    private static Optional<OrderBy<Sample>> order(String text) {
        return OrderBy.parse(text, Samples.TABLE);
    }

    @Test
    void withoutQueryOrOrderTheListItselfIsTheAnswerAndNothingIsRead() {
        CountingList list = new CountingList();
        QueryResults results = new QueryResults(8, 1000);

        assertSame(list, results.select("samples", 1, list, Optional.empty(), Optional.empty()));
        assertEquals(0, list.reads.get());
        assertEquals(0, results.scans());
    }

    @Test
    void answerIsThePositionsOfTheMatchesInOrder() {
        QueryResults results = new QueryResults(8, 1000);

        assertArrayEquals(new int[] {0, 2}, results.positions("samples", 1, Samples.ALL, query("name~acme"), Optional.empty()));
        assertArrayEquals(new int[] {4, 1, 0, 2}, results.positions("samples", 1, Samples.ALL, query("amount!=0"), order("-amount")));
        assertArrayEquals(new int[] {2, 0, 1, 4, 3}, results.positions("samples", 1, Samples.ALL, Optional.empty(), order("amount")));
    }

    @Test
    void repeatedAndPagedRequestsReadOnlyWhatTheyServe() {
        CountingList list = new CountingList();
        QueryResults results = new QueryResults(8, 1000);

        List<Sample> first = results.select("samples", 1, list, query("flag=false || amount<0"), order("-date"));
        assertEquals(5, list.reads.get(), "one scan reads every record once");
        assertEquals(List.of("e", "b", "c"), first.stream().map(Sample::id).toList());

        list.reads.set(0);
        List<Sample> again = results.select("samples", 1, list, query(" { flag = false } || amount < 0 "), order("-date"));
        assertEquals(List.of("b"), again.subList(1, 2).stream().map(Sample::id).toList());
        assertEquals(1, list.reads.get(), "the cached answer is reused, whatever the spacing; one page is read");
        assertEquals(1, results.scans());
    }

    @Test
    void newListContentQueryOrOrderIsANewScan() {
        QueryResults results = new QueryResults(8, 1000);

        results.positions("samples", 1, Samples.ALL, query("flag=true"), Optional.empty());
        results.positions("samples", 2, Samples.ALL, query("flag=true"), Optional.empty());
        results.positions("others", 1, Samples.ALL, query("flag=true"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("flag=false"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("flag=true"), order("name"));
        results.positions("samples", 1, Samples.ALL, query("flag=true"), order("-name"));
        assertEquals(6, results.scans());

        results.positions("samples", 1, Samples.ALL, query("flag=TRUE"), Optional.empty());
        assertEquals(7, results.scans(), "values are part of the key as written");
        results.positions("samples", 1, Samples.ALL, query("flag=true"), order("-name"));
        assertEquals(7, results.scans());
    }

    @Test
    void cacheKeepsAtMostItsSizeDroppingTheLeastRecentlyUsed() {
        QueryResults results = new QueryResults(2, 1000);

        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("id=b"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("id=c"), Optional.empty());
        assertEquals(3, results.scans());
        assertEquals(2, results.size());

        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());
        assertEquals(3, results.scans(), "id=a was used more recently than id=b, so it stayed");
        results.positions("samples", 1, Samples.ALL, query("id=b"), Optional.empty());
        assertEquals(4, results.scans());
    }

    @Test
    void cacheKeepsAtMostItsNumberOfPositions() {
        QueryResults results = new QueryResults(100, 3);

        results.positions("samples", 1, Samples.ALL, query("name~acme"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("id=b"), Optional.empty());
        assertEquals(2, results.size(), "2 + 1 positions");
        results.positions("samples", 1, Samples.ALL, query("id=c"), Optional.empty());
        assertEquals(2, results.size(), "the 2 positions of name~acme were dropped");
        results.positions("samples", 1, Samples.ALL, query("id=b"), Optional.empty());
        assertEquals(3, results.scans());
        results.positions("samples", 1, Samples.ALL, Optional.empty(), order("id"));
        assertEquals(0, results.size(), "an answer larger than the whole cache is not kept");
    }

    @Test
    void cacheOfSizeZeroScansEveryTime() {
        QueryResults results = new QueryResults(0, 1000);

        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());
        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());
        assertEquals(2, results.scans());
        assertEquals(0, results.size());
    }

    @Test
    void clearDropsEveryAnswer() {
        QueryResults results = new QueryResults(8, 1000);
        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());

        results.clear();

        assertEquals(0, results.size());
        results.positions("samples", 1, Samples.ALL, query("id=a"), Optional.empty());
        assertEquals(2, results.scans());
    }
}
