package dev.codatsandbox.query;

import dev.codatsandbox.model.Status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small record type with a property of every kind, and five records of it, for tests of the query language
 * that do not depend on generated customers. Record {@code d} has no value anywhere.
 */
final class Samples {

    /** An object inside a sample: {@code inner.deleted}, {@code inner.code}. */
    record Inner(Boolean deleted, String code) {
    }

    /** One record: a string, a number, a boolean, an enum, a date, an array, an object and free-form content. */
    record Sample(String id, String name, BigDecimal amount, Boolean flag, Status status, Instant date,
                  List<String> tags, Inner inner, Object extra) {
    }

    static final PropertyTable<Sample> TABLE = PropertyTable.<Sample>builder()
            .string("id", Sample::id)
            .string("name", Sample::name)
            .number("amount", Sample::amount)
            .bool("flag", Sample::flag)
            .enumeration("status", Status.values(), Sample::status)
            .date("date", Sample::date)
            .array("tags")
            .bool("inner.deleted", s -> s.inner() == null ? null : s.inner().deleted())
            .string("inner.code", s -> s.inner() == null ? null : s.inner().code())
            .opaque("extra")
            .build();

    static final List<Sample> ALL = List.of(
            new Sample("a", "Acme Ltd", new BigDecimal("10"), true, Status.Active,
                    Instant.parse("2023-01-01T00:00:00Z"), List.of("x"), new Inner(false, "X1"), null),
            new Sample("b", "Beta Corp", new BigDecimal("250.5"), false, Status.Archived,
                    Instant.parse("2023-06-15T12:30:00Z"), List.of(), new Inner(true, "Y2"), null),
            new Sample("c", "acme holdings", new BigDecimal("-3"), true, Status.Unknown,
                    Instant.parse("2022-12-31T23:59:59Z"), List.of(), null, null),
            new Sample("d", null, null, null, null, null, List.of(), new Inner(null, null), null),
            new Sample("e", "Gamma & Sons", new BigDecimal("1000"), false, Status.Active,
                    Instant.parse("2024-02-29T08:00:00Z"), List.of("y", "z"), new Inner(false, "Z3"), null));

    private Samples() {
    }

    /** The ids of the samples the query selects, space-separated, in list order. */
    static String matching(String query) {
        Query<Sample> parsed = Query.parse(query, TABLE).orElseThrow();
        return ALL.stream().filter(parsed::test).map(Sample::id).collect(Collectors.joining(" "));
    }

    /** Space-separated ids as a list, for comparisons. */
    static List<String> ids(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.split(" "));
    }
}
