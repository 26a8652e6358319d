package dev.codatsandbox;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What every microbenchmark here shares, inherited by each (JMH's annotations are inherited): a state per thread,
 * the average time of an operation in microseconds, one fork with the server's heap limit ({@code -Xmx256m}), 3
 * warm-up and 5 measured iterations of 2 s. A benchmark method that needs longer sets its own. {@code bench/jmh.sh}
 * and README "Benchmarks" describe these settings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class Microbenchmark {

    /** The company whose generated customers the benchmarks draw. */
    protected static final String COMPANY = "0d6a3b1e-5c0f-4b8e-9a51-2f7d0c1e9b44";
}
