package dev.codatsandbox.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.codatsandbox.Microbenchmark;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.generator.BenchmarkGenerators;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;

/**
 * Writing a page of 100 customers as JSON. The customer writers alone, over 100 customers drawn beforehand: by hand
 * ({@link CustomerJson}) and by plain Jackson, configured as the application's {@code ObjectMapper}. Then whole
 * pages of a company of 10,000,000 generated customers, as a list request makes them ({@link Paginator}) and writes
 * them: through {@link CustomerPageWriter} and a {@link CustomerBytes} cache of the default size, the same page
 * again (a hit) or the next page each time (a miss: the customers drawn and written; a page written for the first
 * time is not kept), and the next page each time by plain Jackson (drawn and written), what a server without either
 * would pay.
 *
 * <p>Like every benchmark here it forks a JVM with the server's documented heap ({@code -Xmx256m}): with the JVM's
 * default heap (a quarter of the machine's memory, 6 GiB on the 2-core machine of the README's figures) a page miss
 * measured 2 to 9 ms an iteration under G1, against 0.4 to 0.6 ms with {@code -Xmx256m}.
 */
public class PageWriteBenchmark extends Microbenchmark {

    static final String PATH = "/companies/" + COMPANY + "/data/customers";
    static final int CUSTOMERS = 10_000_000;
    static final int PAGE_SIZE = 100;
    static final int PAGES = CUSTOMERS / PAGE_SIZE;
    /** {@code sandbox.cache.max-mib}'s default. */
    static final long CACHE_BYTES = 64L * 1024 * 1024;

    /** Plain Jackson as the application's ObjectMapper is configured (Quarkus' defaults, application.properties). */
    static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private List<Customer> drawn;
    private CustomerList list;
    private CustomerPageWriter writer;
    private int nextPage;

    @Setup
    public void setUp() {
        list = CustomerList.of(COMPANY, List.of(), BenchmarkGenerators.defaultSeed(), CUSTOMERS);
        drawn = new ArrayList<>(list.subList(0, PAGE_SIZE));
        writer = new CustomerPageWriter(new CustomerBytes(JACKSON, CACHE_BYTES));
        writer.bytes(page(1));
        writer.bytes(page(1)); // kept from its second write on
        nextPage = 1;
    }

    private Page<Customer> page(int number) {
        return Paginator.page(list, new PageRequest(number, PAGE_SIZE), PATH);
    }

    /** Pages 2 to the last, then round again: long evicted from the cache by then. */
    private int next() {
        nextPage = nextPage == PAGES ? 2 : nextPage + 1;
        return nextPage;
    }

    /** 100 customers written by hand, already drawn. */
    @Benchmark
    public void customersByHand(Blackhole json) {
        for (Customer customer : drawn) {
            json.consume(CustomerJson.bytes(customer));
        }
    }

    /** The same 100 customers written by plain Jackson. */
    @Benchmark
    public void customersByJackson(Blackhole json) throws JsonProcessingException {
        for (Customer customer : drawn) {
            json.consume(JACKSON.writeValueAsBytes(customer));
        }
    }

    /** A page the cache holds: the page made, its body looked up. */
    @Benchmark
    public byte[] pageHit() {
        return writer.bytes(page(1));
    }

    /**
     * A page the cache does not hold: the page made, its customers drawn and written (a page written for the first
     * time is not kept). It runs the most code of all and takes longest to compile, so it warms up longer.
     */
    @Benchmark
    @Warmup(iterations = 6, time = 2)
    public byte[] pageMiss() {
        return writer.bytes(page(next()));
    }

    /** The same pages as {@link #pageMiss} by plain Jackson: the customers drawn and the page written. */
    @Benchmark
    @Warmup(iterations = 6, time = 2)
    public byte[] pageMissByJackson() throws JsonProcessingException {
        return JACKSON.writeValueAsBytes(page(next()));
    }
}
