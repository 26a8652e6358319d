package dev.codatsandbox.generator;

import dev.codatsandbox.model.Customer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Drawing generated customers from (seed, company, index), as a page of a first-use company does before writing
 * them: one customer, and the 100 of a page. Each invocation of {@link #one} draws the next of 100 consecutive
 * indices from {@code first}, so the figure is the mean over a page's worth of customers, not one customer's luck;
 * {@code first} near 10,000,000 shows that an index's place in the list costs nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CustomerDrawBenchmark {

    static final String COMPANY = "0d6a3b1e-5c0f-4b8e-9a51-2f7d0c1e9b44";
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
