package dev.codatsandbox.api;

import dev.codatsandbox.wire.CustomerPageWriter;

import dev.codatsandbox.wire.CustomerBytes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.generator.Generators;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import dev.codatsandbox.query.CustomerProperties;
import dev.codatsandbox.query.OrderBy;
import dev.codatsandbox.query.Query;
import dev.codatsandbox.query.QueryResults;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Once the server is up, writes a few pages of 100 customers of a company id no request can name, on a thread of its
 * own and through the same page writer as requests, so that the JVM has loaded and compiled the paging, the
 * generator and the customer and envelope writers before the first pages are asked for (the native executable is
 * compiled ahead of time and needs none of it). Each page is written three times, through a small cache of the
 * warm-up's own (which keeps a page from its second write on), so that the cache's classes are loaded and its paths
 * compiled too (a first list request otherwise loads them, about a hundred milliseconds). It then answers a query
 * and an order over those customers, through a query cache of its own, and calls the list endpoint once with that
 * company id, which the endpoint's parameter checks accept and its company look-up refuses, then runs a {@link Uni}
 * and makes the application's page cache: a first list request otherwise loads the query language, the parameter
 * checks' metadata and the reactive types' context propagation, and builds the cache, tens of milliseconds more.
 * Nothing is kept: the caches go with the warm-up, the customers belong to no company and the refused call creates
 * none, so no answer changes.
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
    private final CustomersResource customers;
    private final CustomerBytes bytes;

    WarmUp(Generators generators, ObjectMapper json, CustomersResource customers, CustomerBytes bytes) {
        this.generators = generators;
        this.json = json;
        this.customers = customers;
        this.bytes = bytes;
    }

    /**
     * Observes the startup event after the application's own observers and {@code @Startup} beans (the company
     * directory loads the fixture folder then): a start they refuse ends before the warm-up begins, so the warm-up
     * neither loads that folder again nor logs its problems a second time.
     */
    void start(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 100) StartupEvent started) {
        if (ImageMode.current() == ImageMode.NATIVE_RUN) {
            return;
        }
        Thread warmUp = new Thread(this::runQuietly, "customer-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /**
     * {@link #run}, on its thread: an application stopped while it runs (a start that failed after the startup event,
     * a stop within the first second) takes its beans with it, and the warm-up then ends with a debug line, not a
     * stack trace on the console.
     */
    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            ArcContainer container = Arc.container();
            if (container == null || !container.isRunning()) {
                LOG.debugf("Warm-up: ended early, the application stopped (%s)", e.toString());
            } else {
                LOG.warnf(e, "Warm-up: failed; requests are answered as before, their first ones more slowly");
            }
        }
    }

    /**
     * Writes the pages of {@link #CUSTOMERS} customers three times; answers the bytes written, so nothing is optimised
     * away.
     */
    long run() {
        long started = System.nanoTime();
        CustomerPageWriter pages = new CustomerPageWriter(new CustomerBytes(json, CACHE_BYTES));
        CustomerList list = CustomerList.of(COMPANY, List.of(), generators.global(), CUSTOMERS);
        long written = 0;
        for (int page = 1; (page - 1) * PAGE_SIZE < CUSTOMERS; page++) {
            for (int time = 0; time < 3; time++) {
                written += pages.bytes(Paginator.page(list, new PageRequest(page, PAGE_SIZE),
                        "/companies/" + COMPANY + "/data/customers")).length;
            }
        }
        written += pages.bytes(queried(list)).length;
        refusedListCall();
        bytes.size(); // the application's page cache, a bean made on first use: made here, not in a first request
        written += Uni.createFrom().item(list::size).await().indefinitely();
        LOG.debugf("Warm-up: %d customers drawn and written in pages of %d (%d bytes) in %d ms", CUSTOMERS,
                PAGE_SIZE, written, (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    /** The first page of the active customers, latest modified first, as the list endpoint selects it. */
    private static Page<Customer> queried(CustomerList list) {
        String query = "status=Active&&{contactName~a||emailAddress~@}";
        String orderBy = "-modifiedDate";
        List<Customer> selected = new QueryResults(1, CUSTOMERS).select(COMPANY, list.contentKey(), list,
                Query.parse(query, CustomerProperties.TABLE), OrderBy.parse(orderBy, CustomerProperties.TABLE));
        return Paginator.page(selected, new PageRequest(1, PAGE_SIZE), "/companies/" + COMPANY + "/data/customers",
                Map.of("query", query, "orderBy", orderBy));
    }

    /** Calls the list endpoint with parameters it accepts and a company id it refuses, so it creates nothing. */
    private void refusedListCall() {
        try {
            customers.list(COMPANY, "1", String.valueOf(PAGE_SIZE), null, null);
            LOG.warnf("Warm-up: the list endpoint answered for company '%s'", COMPANY);
        } catch (CodatApiException expected) {
            // not found: the parameters were checked and the company refused
        }
    }
}
