package dev.codatsandbox.query;

import dev.codatsandbox.model.Customer;
import dev.codatsandbox.testing.OddInputs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generated queries and {@code orderBy} values, mutated from valid ones: each is read as a query (or an order) or
 * refused with Codat's 400, never another exception; and what is read can be applied to every sample record, and
 * sort them, without one either.
 */
class QueryPropertyTest {

    static final List<String> QUERIES = List.of("status=Active", "customerName~Coyote", "modifiedDate>2023-01-01",
            "{customerName~Coyote || customerName~Road} && status=Active", "metadata.isDeleted=true", "id%3D71",
            "id%253D81be41e9", "amount > 0 && amount < 1000", "{amount > 100 || amount < 50} && status != paid",
            "date>=2023-01-01T10:00:00+02:00", "name=Wile E. Coyote", "inner.deleted!=false", "flag=TRUE",
            "date<2024-02-29T08:00:00", "amount=1e3", "name~& Sons", "{{id=a}}", "status=active || status=Archived");
    static final List<String> TOKENS = List.of("id", "name", "amount", "flag", "status", "date", "tags", "inner",
            "inner.deleted", "inner.code", "extra", "customerName", "metadata", "metadata.isDeleted", "addresses",
            "supplementalData", "modifiedDate", "Active", "2023-01-01", "2023-13-45", "T00:00:00Z", "+02:00", "Z",
            "24:00", "-999999999-01-01", "+1000000000-01-01", "2023-02-29", "%3D", "%26%26", "%7C%7C", "%7B", "%7D");

    @Test
    void generatedQueriesAreReadOrRefusedWithCodatsError() {
        List<String> queries = OddInputs.around(11, QUERIES, TOKENS).draw(20_000);

        OddInputs.check("Query.parse over samples", queries, query ->
                Query.parse(query, Samples.TABLE).ifPresent(parsed -> Samples.ALL.forEach(parsed::test)));
        OddInputs.check("Query.parse over customers", queries, query -> {
            Optional<Query<Customer>> parsed = Query.parse(query, CustomerProperties.TABLE);
            parsed.ifPresent(Query::expression);
        });
        OddInputs.check("QueryParser.parse", queries, QueryParser::parse);
    }

    @Test
    void generatedOrdersAreReadOrRefusedWithCodatsError() {
        List<String> orders = OddInputs.around(12, List.of("modifiedDate", "-modifiedDate", "name", "-amount",
                "inner.code", " - date ", "customerName", "status", "-metadata.isDeleted"), TOKENS).draw(10_000);

        OddInputs.check("OrderBy.parse over samples", orders, text -> OrderBy.parse(text, Samples.TABLE)
                .ifPresent(order -> {
                    List<Samples.Sample> sorted = new ArrayList<>(Samples.ALL);
                    sorted.sort((a, b) -> order.compareKeys(order.key(a), order.key(b)));
                }));
        OddInputs.check("OrderBy.parse over customers", orders, text -> OrderBy.parse(text, CustomerProperties.TABLE));
    }
}
