package dev.codatsandbox.generator;

import dev.codatsandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link CustomerGenerator} per seed: the global one ({@code sandbox.seed}) and those fixture files ask for.
 * Localities and the vocabulary ({@link GeneratorData}) are read once and shared by every seed.
 */
@ApplicationScoped
public class Generators {

    private final long globalSeed;
    private final Map<Long, CustomerGenerator> bySeed = new ConcurrentHashMap<>();

    Generators(SandboxConfig config) {
        this.globalSeed = config.seed();
    }

    /** The generator of {@code sandbox.seed}. */
    public CustomerGenerator global() {
        return forSeed(globalSeed);
    }

    /**
     * Starts reading the generator's data files on a thread of its own, so that the rest of start-up runs meanwhile;
     * called by the entry point before the application starts.
     */
    public static void preload() {
        Thread reader = new Thread(() -> GeneratorData.VOCABULARY.of(Country.US), "generator-data-preload");
        reader.setDaemon(true);
        reader.start();
    }

    public long globalSeed() {
        return globalSeed;
    }

    public CustomerGenerator forSeed(long seed) {
        return bySeed.computeIfAbsent(seed,
                s -> new CustomerGenerator(s, GeneratorData.LOCALITIES, GeneratorData.VOCABULARY));
    }
}
