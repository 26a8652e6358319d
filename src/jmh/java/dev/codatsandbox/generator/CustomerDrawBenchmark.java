package dev.codatsandbox.generator;

import dev.codatsandbox.Microbenchmark;
import dev.codatsandbox.model.Customer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Drawing generated customers from (seed, company, index), as a page of a first-use company does before writing
 * them: one customer, and the 100 of a page. Each invocation of {@link #one} draws the next of 100 consecutive
 * indices from {@code first}, so the figure is the mean over a page's worth of customers, not one customer's luck;
 * {@code first} near 10,000,000 shows that an index's place in the list costs nothing.
 */
public class CustomerDrawBenchmark extends Microbenchmark {

    static final int PAGE = 100;

    @Param({"0", "9999900"})
    int first;

    private CustomerGenerator generator;
    private String companyId;
    private int next;

    @Setup
    public void setUp() {
        generator = BenchmarkGenerators.defaultSeed();
        companyId = COMPANY;
    }

    /** One customer. */
    @Benchmark
    public Customer one() {
        int index = first + next;
        next = next == PAGE - 1 ? 0 : next + 1;
        return generator.generate(companyId, index);
    }

    /** The 100 customers of a page. */
    @Benchmark
    public void page(Blackhole customers) {
        for (int index = first; index < first + PAGE; index++) {
            customers.consume(generator.generate(companyId, index));
        }
    }
}
