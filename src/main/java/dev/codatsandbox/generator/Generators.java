package dev.codatsandbox.generator;

import dev.codatsandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link CustomerGenerator} per seed: the global one ({@code sandbox.seed}) and those fixture files ask for.
 * Localities and the vocabulary are read once, when the sandbox starts, and shared by every seed.
 */
@ApplicationScoped
public class Generators {

    private final long globalSeed;
    private final Localities localities = Localities.load();
    private final Vocabulary vocabulary = Vocabulary.load();
    private final Map<Long, CustomerGenerator> bySeed = new ConcurrentHashMap<>();

    Generators(SandboxConfig config) {
        this.globalSeed = config.seed();
    }

    /** The generator of {@code sandbox.seed}. */
    public CustomerGenerator global() {
        return forSeed(globalSeed);
    }

    public long globalSeed() {
        return globalSeed;
    }

    public CustomerGenerator forSeed(long seed) {
        return bySeed.computeIfAbsent(seed, s -> new CustomerGenerator(s, localities, vocabulary));
    }
}
