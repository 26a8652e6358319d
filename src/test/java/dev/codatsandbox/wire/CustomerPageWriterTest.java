package dev.codatsandbox.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.companies.DocumentedExample;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Status;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages written from reused customer bytes: plain Jackson's bytes, before and after the list changes. */
class CustomerPageWriterTest {

    static final String COMPANY = "0d6a3b1e-5c0f-4b8e-9a51-2f7d0c1e9b44";
    static final String PATH = "/companies/" + COMPANY + "/data/customers";

    final CustomerBytes bytes = new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 16L * 1024 * 1024);
    final CustomerPageWriter writer = new CustomerPageWriter(bytes);

    static byte[] plain(Page<Customer> page) throws Exception {
        return PageBytesTest.PLAIN_JACKSON.writeValueAsBytes(new Page<>(new ArrayList<>(page.results()),
                page.pageNumber(), page.pageSize(), page.totalResults(), page.links()));
    }

    @Test
    void pageOfACustomerListIsAViewAndWritesPlainJacksonBytesTwice() throws Exception {
        CustomerList list = CustomerList.of(COMPANY, List.of(DocumentedExample.customer()), PageBytesTest.GENERATOR, 300);
        Page<Customer> page = Paginator.page(list, new PageRequest(2, 100), PATH);

        assertInstanceOf(CustomerList.Selection.class, page.results());
        long[] generated = {0};
        CustomerBytes counting = new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 16L * 1024 * 1024) {
            @Override
            byte[] serialise(Object value) {
                if (value instanceof Customer) {
                    generated[0]++;
                }
                return super.serialise(value);
            }
        };
        CustomerPageWriter countingWriter = new CustomerPageWriter(counting);
        countingWriter.bytes(page);
        assertEquals(100, generated[0], "each customer is serialised once for the page");
        assertEquals(0, counting.size(), "a page written once is not kept");
        countingWriter.bytes(page);
        assertEquals(200, generated[0], "the page written again, and kept");
        countingWriter.bytes(page);
        countingWriter.bytes(page);
        assertEquals(200, generated[0], "then served from the cache");
        assertArrayEquals(plain(page), writer.bytes(page));
        assertEquals(0, bytes.size(), "a page written once is not kept");
        assertArrayEquals(plain(page), writer.bytes(page));
        assertEquals(1, bytes.size(), "the page, kept whole; its customers are not kept again one by one");
        assertArrayEquals(plain(page), writer.bytes(page));
        assertEquals(1, bytes.size(), "the page, kept whole");
        Page<Customer> overlapping = Paginator.page(list, new PageRequest(3, 50), PATH);
        assertArrayEquals(plain(overlapping), writer.bytes(overlapping));
        assertArrayEquals(plain(overlapping), writer.bytes(overlapping));
        assertEquals(2, bytes.size(), "an overlapping page is a page of its own");
    }

    @Test
    void aReplacedCustomerIsServedAsChangedNotFromTheBytesOfTheOldList() throws Exception {
        CustomerList before = CustomerList.of(COMPANY, List.of(DocumentedExample.customer()), PageBytesTest.GENERATOR, 30);
        Page<Customer> first = Paginator.page(before, new PageRequest(1, 10), PATH);
        byte[] old = writer.bytes(first);
        Customer third = before.get(2);
        Customer archived = new Customer(third.id(), "Renamed Ltd", third.contactName(), third.emailAddress(),
                third.defaultCurrency(), third.phone(), third.addresses(), third.contacts(), third.registrationNumber(),
                third.taxNumber(), Status.Archived, third.metadata(), null, third.modifiedDate(),
                third.sourceModifiedDate());
        Customer coyote = DocumentedExample.customer();
        Customer renamedCoyote = new Customer(coyote.id(), "Road Runner", coyote.contactName(), coyote.emailAddress(),
                coyote.defaultCurrency(), coyote.phone(), coyote.addresses(), coyote.contacts(),
                coyote.registrationNumber(), coyote.taxNumber(), coyote.status(), null, null, null, null);

        CustomerList after = before.with(archived).with(renamedCoyote);
        Page<Customer> changed = Paginator.page(after, new PageRequest(1, 10), PATH);
        byte[] served = writer.bytes(changed);

        assertArrayEquals(plain(changed), served);
        String body = new String(served, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("\"Renamed Ltd\"") && body.contains("\"Road Runner\""), body);
        assertFalse(java.util.Arrays.equals(old, served));
        assertArrayEquals(plain(first), writer.bytes(first), "the old list still reads as it was");
    }

    @Test
    void selectedPositionsAndPlainListsWritePlainJacksonBytes() throws Exception {
        CustomerList list = CustomerList.of(COMPANY, List.of(), PageBytesTest.GENERATOR, 40);
        Page<Customer> selected = new Page<>(list.at(new int[] {39, 0, 17}), 1, 100, 3,
                Paginator.page(list, new PageRequest(1, 100), PATH).links());
        Page<Customer> copied = new Page<>(List.copyOf(list.at(new int[] {39, 0, 17})), 1, 100, 3, selected.links());

        assertArrayEquals(plain(selected), writer.bytes(selected));
        assertArrayEquals(plain(selected), writer.bytes(copied));
        Page<Customer> pageOfSelection = Paginator.page(list.at(new int[] {5, 4, 3, 2, 1}), new PageRequest(2, 2), PATH);
        assertInstanceOf(CustomerList.Selection.class, pageOfSelection.results());
        assertEquals(List.of(list.get(3), list.get(2)), pageOfSelection.results());
        assertArrayEquals(plain(pageOfSelection), writer.bytes(pageOfSelection));
    }

    @Test
    void customersPickedOutOfOrderAreKeptOneByOneAndReusedAcrossPages() throws Exception {
        CustomerList list = CustomerList.of(COMPANY, List.of(), PageBytesTest.GENERATOR, 40);
        List<Integer> served = new ArrayList<>();
        CustomerBytes counting = new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 16L * 1024 * 1024) {
            @Override
            byte[] serialise(Object value) {
                if (value instanceof Customer) {
                    served.add(1);
                }
                return super.serialise(value);
            }
        };
        CustomerPageWriter countingWriter = new CustomerPageWriter(counting);
        Page<Customer> first = Paginator.page(list.at(new int[] {9, 3, 7, 1}), new PageRequest(1, 4), PATH);
        Page<Customer> second = Paginator.page(list.at(new int[] {7, 1, 9, 3, 5}), new PageRequest(1, 5), PATH);

        assertArrayEquals(plain(first), countingWriter.bytes(first));
        assertArrayEquals(plain(second), countingWriter.bytes(second));
        assertEquals(5, served.size(), "four customers, then only the one the first page did not have");
        assertEquals(5, counting.size(), "five customers, no page");
    }

    @Test
    void withoutACacheThePageIsTheSameBytes() throws Exception {
        CustomerPageWriter uncached = new CustomerPageWriter(new CustomerBytes(PageBytesTest.PLAIN_JACKSON, 0));
        CustomerList list = CustomerList.of(COMPANY, List.of(DocumentedExample.customer()), PageBytesTest.GENERATOR, 12);
        Page<Customer> page = Paginator.page(list, new PageRequest(1, 5), PATH);

        assertArrayEquals(plain(page), uncached.bytes(page));
        assertArrayEquals(writer.bytes(page), uncached.bytes(page));
    }

    @Test
    void anEmptyPageIsTheEnvelopeAlone() throws Exception {
        CustomerList list = CustomerList.of(COMPANY, List.of(), PageBytesTest.GENERATOR, 0);
        Page<Customer> page = Paginator.page(list, new PageRequest(1, 100), PATH);

        assertArrayEquals(plain(page), writer.bytes(page));
    }
}
