package dev.codatsandbox.generator;

/**
 * The generator's two data files, read once per process when this class is first used: {@code localities.csv} and
 * {@code vocabulary.tsv}. {@link Generators#preload()} has a thread of its own read them while the server starts, so
 * that start-up does not wait for them; a caller that needs them first waits on the class's initialisation, as
 * Java guarantees. In the native executable the class is initialised when the image is built (Quarkus' default),
 * so both are in the image and cost nothing at start.
 */
final class GeneratorData {

    static final Localities LOCALITIES = Localities.load();
    static final Vocabulary VOCABULARY = Vocabulary.load();

    private GeneratorData() {
    }
}
