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
 * compiled ahead of time and needs none of it). Each page is written twice, through a small cache of the warm-up's
 * own, so that the cache's classes are loaded and its paths compiled too (a first list request otherwise loads them,
 * about a hundred milliseconds). Nothing is kept: that cache goes with the warm-up, and the customers belong to no
 * company, so no answer changes.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** Not in UUID form, so never a company a request can reach. */
    static final String COMPANY = "sandbox-warm-up";
    static final int CUSTOMERS = 500;

    private static final int PAGE_SIZE = 100;
    /** Room for two of the pages in the warm-up's own cache, so that it keeps, finds and evicts pages. */
    private static final long CACHE_BYTES = 256 * 1024;

    private final Generators generators;
    private final ObjectMapper json;

    WarmUp(Generators generators, ObjectMapper json) {
        this.generators = generators;
        this.json = json;
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

    /** Writes the pages of {@link #CUSTOMERS} customers twice; answers the bytes written, so nothing is optimised away. */
    long run() {
        long started = System.nanoTime();
        CustomerPageWriter pages = new CustomerPageWriter(new CustomerBytes(json, CACHE_BYTES));
        CustomerList list = CustomerList.of(COMPANY, List.of(), generators.global(), CUSTOMERS);
        long written = 0;
        for (int page = 1; (page - 1) * PAGE_SIZE < CUSTOMERS; page++) {
            for (int time = 0; time < 2; time++) {
                written += pages.bytes(Paginator.page(list, new PageRequest(page, PAGE_SIZE),
                        "/companies/" + COMPANY + "/data/customers")).length;
            }
        }
        LOG.debugf("Warm-up: %d customers drawn and written in pages of %d (%d bytes) in %d ms", CUSTOMERS,
                PAGE_SIZE, written, (System.nanoTime() - started) / 1_000_000);
        return written;
    }
}
