package dev.codatsandbox.query;

import dev.codatsandbox.Microbenchmark;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.generator.BenchmarkGenerators;
import dev.codatsandbox.model.Customer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;

/**
 * Answering a {@code query} and an {@code orderBy} over a company of 10,000 generated customers, as the list
 * endpoint does (the warm-up's query and order): parsing both, a first answer (every customer drawn and tested, the
 * selected ones' sort keys kept and sorted) and a repeated one (the answer found in the cache). A first answer's
 * cost grows with the company's size; a repeated one's does not.
 */
public class QueryBenchmark extends Microbenchmark {

    static final int CUSTOMERS = 10_000;
    static final String QUERY = "status=Active&&{contactName~a||emailAddress~@}";
    static final String ORDER_BY = "-modifiedDate";
    /** {@code sandbox.query.cache-size} and {@code sandbox.query.cache-max-positions}' defaults. */
    static final int CACHE_SIZE = 32;
    static final long CACHE_MAX_POSITIONS = 10_000_000;

    private CustomerList list;
    private QueryResults answered;

    @Setup
    public void setUp() {
        list = CustomerList.of(COMPANY, List.of(), BenchmarkGenerators.defaultSeed(), CUSTOMERS);
        answered = new QueryResults(CACHE_SIZE, CACHE_MAX_POSITIONS);
        answer(answered);
    }

    private List<Customer> answer(QueryResults results) {
        return results.select("customers of " + COMPANY, list.contentKey(), list,
                Query.parse(QUERY, CustomerProperties.TABLE), OrderBy.parse(ORDER_BY, CustomerProperties.TABLE));
    }

    /** The query and the order parsed and bound to the customer's properties. */
    @Benchmark
    public void parse(Blackhole parsed) {
        parsed.consume(Query.parse(QUERY, CustomerProperties.TABLE));
        parsed.consume(OrderBy.parse(ORDER_BY, CustomerProperties.TABLE));
    }

    /** Parsed and answered with an empty cache: every customer drawn and tested, the selected ones sorted. */
    @Benchmark
    public List<Customer> first() {
        return answer(new QueryResults(CACHE_SIZE, CACHE_MAX_POSITIONS));
    }

    /** Parsed and answered from the cache. */
    @Benchmark
    public List<Customer> repeated() {
        return answer(answered);
    }
}
