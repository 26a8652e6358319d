package dev.codatsandbox.wire;

import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.generator.Generators;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Once the server is up, draws and serialises a few hundred customers of a company id no request can name, on a
 * thread of its own, so that the JVM has compiled the generator and the customer serialiser before the first pages
 * are asked for (the native executable is compiled ahead of time and needs none of it). Nothing is kept: the
 * bytes go to no cache and the customers to no company, so no answer changes.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** Not in UUID form, so never a company a request can reach. */
    static final String COMPANY = "sandbox-warm-up";
    static final int CUSTOMERS = 500;

    private final Generators generators;
    private final CustomerBytes bytes;

    WarmUp(Generators generators, CustomerBytes bytes) {
        this.generators = generators;
        this.bytes = bytes;
    }

    void start(@Observes StartupEvent started) {
        if (ImageMode.current() == ImageMode.NATIVE_RUN) {
            return;
        }
        Thread warmUp = new Thread(this::run, "customer-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Draws and serialises {@link #CUSTOMERS} customers; answers the bytes written, so that nothing is optimised away. */
    long run() {
        long started = System.nanoTime();
        CustomerGenerator generator = generators.global();
        long written = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            written += bytes.serialise(generator.generate(COMPANY, i)).length;
        }
        LOG.debugf("Warm-up: %d customers drawn and serialised (%d bytes) in %d ms", CUSTOMERS, written,
                (System.nanoTime() - started) / 1_000_000);
        return written;
    }
}
