package dev.codatsandbox.query;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.query.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** orderBy over a record type with a property of every kind: directions, ties, nulls and bad parameters. */
class OrderByTest {

    private static String ordered(String query, String orderBy) {
        QueryResults results = new QueryResults(0, 0);
        return results.select("samples", 1, Samples.ALL, Query.parse(query, Samples.TABLE),
                        OrderBy.parse(orderBy, Samples.TABLE))
                .stream().map(Sample::id).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "orderBy={0} gives [{1}]")
    @CsvSource(delimiter = '|', value = {
            // ascending and descending; the record without a value (d) comes last both ways
            "amount         | c a b e d",
            "-amount        | e b a c d",
            "date           | c a b e d",
            "-date          | e b a c d",
            // strings ignore case, as queries do: 'acme holdings' < 'Acme Ltd' < 'Beta Corp'
            "name           | c a b e d",
            "-name          | e b a c d",
            "id             | a b c d e",
            "-id            | e d c b a",
            // ties keep list order in both directions: a before e (Active), a before c (true)
            "status         | a e b c d",
            "-status        | c b a e d",
            "flag           | b e a c d",
            "-flag          | a c b e d",
            // dot paths; c has no inner object, d an inner object without values
            "inner.code     | a b e c d",
            "-inner.code    | e b a c d",
            "inner.deleted  | a e b c d",
            "-inner.deleted | b a e c d",
            // spaces around the parameter and after the - are ignored
            "' - amount '   | e b a c d",
    })
    void ordersByTheProperty(String orderBy, String expected) {
        assertEquals(expected, ordered(null, orderBy));
    }

    @Test
    void ordersOnlyWhatTheQuerySelects() {
        assertEquals("e b a", ordered("amount>0", "-amount"));
        assertEquals("c a", ordered("name~acme", "name"));
    }

    @Test
    void absentOrBlankOrderKeepsListOrder() {
        assertTrue(OrderBy.parse(null, Samples.TABLE).isEmpty());
        assertTrue(OrderBy.parse(" ", Samples.TABLE).isEmpty());
        assertEquals("a b c d e", ordered(null, ""));
    }

    @ParameterizedTest(name = "orderBy={0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "nope          | could not resolve property nope on Dataset.",
            "-nope         | could not resolve property nope on Dataset.",
            "Amount        | could not resolve property Amount on Dataset.",
            "inner.nope    | could not resolve property inner.nope on Dataset.",
            "tags          | tags is an array; order by a property that holds one value.",
            "-tags.length  | tags is an array; order by a property that holds one value.",
            "inner         | inner is an object; order by one of its properties: inner.deleted, inner.code.",
            "extra         | extra holds free-form content and cannot be ordered by.",
            "-             | give one property name, with - before it for descending order.",
            "--amount      | give one property name, with - before it for descending order.",
            "+amount       | give one property name, with - before it for descending order.",
            "amount,name   | give one property name, with - before it for descending order.",
            "amount name   | give one property name, with - before it for descending order.",
            "amount desc   | give one property name, with - before it for descending order.",
    })
    void badOrderIs400NamingTheParameter(String orderBy, String problem) {
        CodatApiException e = assertThrows(CodatApiException.class, () -> OrderBy.parse(orderBy, Samples.TABLE));

        assertEquals(400, e.status());
        assertEquals("Invalid value '" + orderBy + "' for query parameter 'orderBy': " + problem, e.getMessage());
    }

    @Test
    void stableSortMatchesJavasStableSortOnRandomKeysWithManyTies() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 2, 15, 16, 17, 100, 1000, 10_007}) {
            int[] keys = new int[size];
            for (int i = 0; i < size; i++) {
                keys[i] = random.nextInt(Math.max(1, size / 10));
            }
            int[] indices = new int[size];
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                indices[i] = i;
                expected.add(i);
            }
            StableSort.sort(indices, (a, b) -> Integer.compare(keys[a], keys[b]));
            expected.sort(Comparator.comparingInt(i -> keys[i]));

            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), indices, "size " + size);
        }
    }

    @Test
    void orderAppliesToAnyRecordTypeGivenItsTable() {
        PropertyTable<String> words = PropertyTable.<String>builder()
                .string("text", w -> w)
                .number("length", String::length)
                .build();
        List<String> list = List.of("pear", "fig", "banana", "kiwi", "Apple");
        QueryResults results = new QueryResults(0, 0);

        assertEquals(List.of("fig", "pear", "kiwi", "Apple", "banana"), results.select("words", 1, list,
                Optional.empty(), OrderBy.parse("length", words)));
        assertEquals(List.of("banana", "Apple"), results.select("words", 1, list,
                Query.parse("length>=5 || text~zz", words), OrderBy.parse("-length", words)));
        assertEquals(List.of("Apple", "banana", "fig", "kiwi", "pear"), results.select("words", 1, list,
                Optional.empty(), OrderBy.parse("text", words)));
    }
}
