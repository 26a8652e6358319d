package dev.codatsandbox.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.codatsandbox.Microbenchmark;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.generator.BenchmarkGenerators;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two customer writers side by side, in one run so that their ratio is measured under the same load: the
 * hand-written {@link CustomerJson} and {@link StreamingCustomerJson} on Jackson's streaming generator (made by the
 * application's {@code ObjectMapper}, field names pre-encoded). Each writes what a page's first write serialises,
 * the 100 customers of the first page of a generated company (drawn beforehand) and the page's envelope, and a
 * single customer, the 100 in turn; plain Jackson databind writes the same page for scale. The set-up checks that
 * the writers give the mapper's bytes, so the figures compare writers of the same output.
 */
public class CustomerWriterBenchmark extends Microbenchmark {

    static final int PAGE_SIZE = 100;

    private List<Customer> drawn;
    private Page<Customer> envelope;
    private Page<Customer> page;
    private StreamingCustomerJson streaming;
    private int next;

    @Setup
    public void setUp() throws JsonProcessingException {
        CustomerList list = CustomerList.of(COMPANY, List.of(), BenchmarkGenerators.defaultSeed(), 10_000_000);
        drawn = new ArrayList<>(list.subList(0, PAGE_SIZE));
        Page<Customer> first = Paginator.page(list, new PageRequest(1, PAGE_SIZE), PageWriteBenchmark.PATH);
        envelope = new Page<>(List.of(), first.pageNumber(), first.pageSize(), first.totalResults(), first.links());
        page = new Page<>(drawn, first.pageNumber(), first.pageSize(), first.totalResults(), first.links());
        streaming = new StreamingCustomerJson(PageWriteBenchmark.JACKSON);
        for (Customer customer : drawn) {
            same(PageWriteBenchmark.JACKSON.writeValueAsBytes(customer), CustomerJson.bytes(customer),
                    streaming.bytes(customer));
        }
        same(PageWriteBenchmark.JACKSON.writeValueAsBytes(envelope), CustomerJson.envelope(envelope),
                streaming.envelope(envelope));
    }

    private static void same(byte[] mapper, byte[] byHand, byte[] streaming) {
        if (!Arrays.equals(mapper, byHand) || !Arrays.equals(mapper, streaming)) {
            throw new IllegalStateException("the writers differ from the ObjectMapper");
        }
    }

    /** The 100 customers and the envelope, written by hand. */
    @Benchmark
    public void pageByHand(Blackhole json) {
        for (Customer customer : drawn) {
            json.consume(CustomerJson.bytes(customer));
        }
        json.consume(CustomerJson.envelope(envelope));
    }

    /** The 100 customers and the envelope, written on Jackson's streaming generator. */
    @Benchmark
    public void pageByJacksonStreaming(Blackhole json) {
        for (Customer customer : drawn) {
            json.consume(streaming.bytes(customer));
        }
        json.consume(streaming.envelope(envelope));
    }

    /** The same page, results and all, serialised by plain Jackson databind. */
    @Benchmark
    public byte[] pageByObjectMapper() throws JsonProcessingException {
        return PageWriteBenchmark.JACKSON.writeValueAsBytes(page);
    }

    /** One customer written by hand, the page's 100 in turn. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public byte[] customerByHand() {
        return CustomerJson.bytes(drawn.get(next()));
    }

    /** One customer written on Jackson's streaming generator, the page's 100 in turn. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public byte[] customerByJacksonStreaming() {
        return streaming.bytes(drawn.get(next()));
    }

    private int next() {
        next = next == PAGE_SIZE - 1 ? 0 : next + 1;
        return next;
    }
}
