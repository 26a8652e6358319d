package dev.codatsandbox.generator;

/**
 * The generator of the default seed made as {@link Generators#forSeed} makes it, from the data files every seed
 * shares, without a Quarkus container: the microbenchmarks of other packages draw their customers from it.
 */
public final class BenchmarkGenerators {

    /** {@code sandbox.seed}'s default. */
    public static final long DEFAULT_SEED = 42;

    private BenchmarkGenerators() {
    }

    public static CustomerGenerator defaultSeed() {
        return new CustomerGenerator(DEFAULT_SEED, GeneratorData.LOCALITIES, GeneratorData.VOCABULARY);
    }
}
