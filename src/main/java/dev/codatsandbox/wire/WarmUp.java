package dev.codatsandbox.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.generator.Generators;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Once the server is up, writes a few pages of 100 customers of a company id no request can name, on a thread of its
 * own and through the same page writer as requests, so that the JVM has loaded and compiled the paging, the
 * generator and the customer and envelope writers before the first pages are asked for (the native executable is
 * compiled ahead of time and needs none of it). Nothing is kept: the writer it uses has no cache and the customers
 * belong to no company, so no answer changes.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** Not in UUID form, so never a company a request can reach. */
    static final String COMPANY = "sandbox-warm-up";
    static final int CUSTOMERS = 500;

    private static final int PAGE_SIZE = 100;

    private final Generators generators;
    private final CustomerPageWriter pages;

    WarmUp(Generators generators, ObjectMapper json) {
        this.generators = generators;
        this.pages = new CustomerPageWriter(new CustomerBytes(json, 0));
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

    /** Writes the pages of {@link #CUSTOMERS} customers; answers the bytes written, so that nothing is optimised away. */
    long run() {
        long started = System.nanoTime();
        CustomerList list = CustomerList.of(COMPANY, List.of(), generators.global(), CUSTOMERS);
        long written = 0;
        for (int page = 1; (page - 1) * PAGE_SIZE < CUSTOMERS; page++) {
            written += pages.bytes(Paginator.page(list, new PageRequest(page, PAGE_SIZE),
                    "/companies/" + COMPANY + "/data/customers")).length;
        }
        LOG.debugf("Warm-up: %d customers drawn and written in pages of %d (%d bytes) in %d ms", CUSTOMERS,
                PAGE_SIZE, written, (System.nanoTime() - started) / 1_000_000);
        return written;
    }
}
