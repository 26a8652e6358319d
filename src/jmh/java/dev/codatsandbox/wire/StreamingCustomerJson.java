package dev.codatsandbox.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.model.Address;
import dev.codatsandbox.model.AddressType;
import dev.codatsandbox.model.Contact;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.PhoneNumber;
import dev.codatsandbox.model.PhoneNumberType;
import dev.codatsandbox.model.Status;
import dev.codatsandbox.paging.Link;
import dev.codatsandbox.paging.Links;
import dev.codatsandbox.paging.Page;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes a customer's JSON (and a page's envelope) on Jackson's streaming {@link JsonGenerator}, made by the
 * application's {@link ObjectMapper} so that it escapes and encodes strings exactly as the mapper does: the same
 * property order, {@code null} for an absent value except {@code metadata} and {@code supplementalData} (left out),
 * enums by name, instants in ISO-8601. Field names and enum values are pre-encoded ({@link SerializedString}), made
 * once. Supplemental data is handed to the mapper on the same generator, so every customer is written here.
 *
 * <p>Each thread keeps a generator of its own and the output it writes into, from one customer to the next, and only
 * the customer's bytes are copied out: a page of a company used for the first time writes dozens of customers, and a
 * generator and buffers made for each would be allocated and dropped every time. An instant of whole seconds from
 * 1970 to 9999 is put into characters by hand (what {@link Instant#toString()} gives, without the formatter's cost).
 *
 * <p>It is the alternative to the hand-written {@link CustomerJson} that {@link CustomerWriterBenchmark} measures, and
 * it lives beside the benchmark rather than in the application because the hand-written writer measured more than
 * 15% faster on a page of 100 customers (the benchmarks page of {@code docs/} has the figures). It is kept, and held
 * to the mapper's bytes by {@code StreamingCustomerJsonTest}, so that the comparison can be run again.
 */
final class StreamingCustomerJson {

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString CUSTOMER_NAME = new SerializedString("customerName");
    private static final SerializedString CONTACT_NAME = new SerializedString("contactName");
    private static final SerializedString EMAIL_ADDRESS = new SerializedString("emailAddress");
    private static final SerializedString DEFAULT_CURRENCY = new SerializedString("defaultCurrency");
    private static final SerializedString PHONE = new SerializedString("phone");
    private static final SerializedString ADDRESSES = new SerializedString("addresses");
    private static final SerializedString CONTACTS = new SerializedString("contacts");
    private static final SerializedString REGISTRATION_NUMBER = new SerializedString("registrationNumber");
    private static final SerializedString TAX_NUMBER = new SerializedString("taxNumber");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString METADATA = new SerializedString("metadata");
    private static final SerializedString IS_DELETED = new SerializedString("isDeleted");
    private static final SerializedString SUPPLEMENTAL_DATA = new SerializedString("supplementalData");
    private static final SerializedString MODIFIED_DATE = new SerializedString("modifiedDate");
    private static final SerializedString SOURCE_MODIFIED_DATE = new SerializedString("sourceModifiedDate");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString LINE1 = new SerializedString("line1");
    private static final SerializedString LINE2 = new SerializedString("line2");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString REGION = new SerializedString("region");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString POSTAL_CODE = new SerializedString("postalCode");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString EMAIL = new SerializedString("email");
    private static final SerializedString ADDRESS = new SerializedString("address");
    private static final SerializedString NUMBER = new SerializedString("number");

    private static final SerializedString RESULTS = new SerializedString("results");
    private static final SerializedString PAGE_NUMBER = new SerializedString("pageNumber");
    private static final SerializedString PAGE_SIZE = new SerializedString("pageSize");
    private static final SerializedString TOTAL_RESULTS = new SerializedString("totalResults");
    private static final SerializedString LINKS = new SerializedString("_links");
    private static final SerializedString CURRENT = new SerializedString("current");
    private static final SerializedString SELF = new SerializedString("self");
    private static final SerializedString PREVIOUS = new SerializedString("previous");
    private static final SerializedString NEXT = new SerializedString("next");
    private static final SerializedString HREF = new SerializedString("href");

    private static final SerializedString[] STATUSES = names(Status.values());
    private static final SerializedString[] ADDRESS_TYPES = names(AddressType.values());
    private static final SerializedString[] PHONE_NUMBER_TYPES = names(PhoneNumberType.values());

    /** 9999-12-31T23:59:59Z: {@link #instant} puts whole seconds up to it into characters by hand. */
    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    private final ObjectMapper json;
    private final ThreadLocal<Output> outputs;

    StreamingCustomerJson(ObjectMapper json) {
        this.json = json;
        this.outputs = ThreadLocal.withInitial(() -> new Output(json));
    }

    /** The customer's JSON, as the mapper writes it. */
    byte[] bytes(Customer customer) {
        Output out = outputs.get();
        try {
            customer(out.generator, out, customer);
            return out.done();
        } catch (IOException | RuntimeException e) {
            outputs.remove(); // a generator left mid-value is not used again
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * The JSON of a page with no results (its {@code _links} as {@code Links} writes them: {@code previous} and
     * {@code next} left out when null), or {@code null} for a page with results, which the mapper writes.
     */
    byte[] envelope(Page<?> page) {
        if (page.results() == null || !page.results().isEmpty()) {
            return null;
        }
        Output out = outputs.get();
        JsonGenerator g = out.generator;
        try {
            g.writeStartObject();
            g.writeFieldName(RESULTS);
            g.writeStartArray();
            g.writeEndArray();
            g.writeFieldName(PAGE_NUMBER);
            g.writeNumber(page.pageNumber());
            g.writeFieldName(PAGE_SIZE);
            g.writeNumber(page.pageSize());
            g.writeFieldName(TOTAL_RESULTS);
            g.writeNumber(page.totalResults());
            g.writeFieldName(LINKS);
            links(g, page.links());
            g.writeEndObject();
            return out.done();
        } catch (IOException | RuntimeException e) {
            outputs.remove();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void customer(JsonGenerator g, Output out, Customer c) throws IOException {
        g.writeStartObject();
        string(g, ID, c.id());
        string(g, CUSTOMER_NAME, c.customerName());
        string(g, CONTACT_NAME, c.contactName());
        string(g, EMAIL_ADDRESS, c.emailAddress());
        string(g, DEFAULT_CURRENCY, c.defaultCurrency());
        string(g, PHONE, c.phone());
        g.writeFieldName(ADDRESSES);
        g.writeStartArray();
        for (Address address : c.addresses()) {
            address(g, address);
        }
        g.writeEndArray();
        g.writeFieldName(CONTACTS);
        g.writeStartArray();
        for (Contact contact : c.contacts()) {
            contact(g, out, contact);
        }
        g.writeEndArray();
        string(g, REGISTRATION_NUMBER, c.registrationNumber());
        string(g, TAX_NUMBER, c.taxNumber());
        name(g, STATUS, c.status(), STATUSES);
        if (c.metadata() != null) {
            g.writeFieldName(METADATA);
            g.writeStartObject();
            g.writeFieldName(IS_DELETED);
            Boolean deleted = c.metadata().isDeleted();
            if (deleted == null) {
                g.writeNull();
            } else {
                g.writeBoolean(deleted);
            }
            g.writeEndObject();
        }
        if (c.supplementalData() != null) {
            g.writeFieldName(SUPPLEMENTAL_DATA);
            json.writeValue(g, c.supplementalData());
        }
        instant(g, out, MODIFIED_DATE, c.modifiedDate());
        instant(g, out, SOURCE_MODIFIED_DATE, c.sourceModifiedDate());
        g.writeEndObject();
    }

    private static void address(JsonGenerator g, Address a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        name(g, TYPE, a.type(), ADDRESS_TYPES);
        string(g, LINE1, a.line1());
        string(g, LINE2, a.line2());
        string(g, CITY, a.city());
        string(g, REGION, a.region());
        string(g, COUNTRY, a.country());
        string(g, POSTAL_CODE, a.postalCode());
        g.writeEndObject();
    }

    private static void contact(JsonGenerator g, Output out, Contact c) throws IOException {
        g.writeStartObject();
        string(g, NAME, c.name());
        string(g, EMAIL, c.email());
        g.writeFieldName(PHONE);
        g.writeStartArray();
        for (PhoneNumber phone : c.phone()) {
            g.writeStartObject();
            string(g, NUMBER, phone.number());
            name(g, TYPE, phone.type(), PHONE_NUMBER_TYPES);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(ADDRESS);
        address(g, c.address());
        name(g, STATUS, c.status(), STATUSES);
        instant(g, out, MODIFIED_DATE, c.modifiedDate());
        g.writeEndObject();
    }

    private static void links(JsonGenerator g, Links links) throws IOException {
        if (links == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        link(g, CURRENT, links.current());
        link(g, SELF, links.self());
        if (links.previous() != null) {
            link(g, PREVIOUS, links.previous());
        }
        if (links.next() != null) {
            link(g, NEXT, links.next());
        }
        g.writeEndObject();
    }

    private static void link(JsonGenerator g, SerializableString field, Link link) throws IOException {
        g.writeFieldName(field);
        if (link == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, HREF, link.href());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /** The enum value's name, from {@code names} (its values' names, pre-encoded, by ordinal). */
    private static void name(JsonGenerator g, SerializableString field, Enum<?> value, SerializedString[] names)
            throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(names[value.ordinal()]);
        }
    }

    /** {@link Instant#toString()}, put into characters by hand for whole seconds of the years 1970 to 9999. */
    private static void instant(JsonGenerator g, Output out, SerializableString field, Instant value)
            throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
            return;
        }
        long seconds = value.getEpochSecond();
        if (value.getNano() != 0 || seconds < 0 || seconds > LAST_SECOND_OF_9999) {
            g.writeString(value.toString());
            return;
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / 86_400);
        int time = (int) (seconds % 86_400);
        char[] c = out.instant;
        digits(c, 0, date.getYear(), 4);
        digits(c, 5, date.getMonthValue(), 2);
        digits(c, 8, date.getDayOfMonth(), 2);
        digits(c, 11, time / 3600, 2);
        digits(c, 14, time / 60 % 60, 2);
        digits(c, 17, time % 60, 2);
        g.writeString(c, 0, c.length);
    }

    /** {@code value} in {@code width} decimal digits from {@code at}, zero-padded. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            c[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static SerializedString[] names(Enum<?>[] values) {
        SerializedString[] names = new SerializedString[values.length];
        for (Enum<?> value : values) {
            names[value.ordinal()] = new SerializedString(value.name());
        }
        return names;
    }

    /**
     * A thread's generator and the output it writes into, kept from one value to the next: each value is written at
     * the root, with no separator between one and the next, flushed and copied out. The output's buffer is dropped
     * when a large value made it grow past {@link #KEPT_BUFFER_BYTES}. It holds the characters of an instant too,
     * whose separators stay where they are.
     */
    private static final class Output extends OutputStream {

        /** What a generated customer fits in. */
        private static final int BUFFER_BYTES = 1536;
        private static final int KEPT_BUFFER_BYTES = 64 * 1024;

        private final char[] instant = "0000-00-00T00:00:00Z".toCharArray();
        private final JsonGenerator generator;
        private byte[] buffer = new byte[BUFFER_BYTES];
        private int count;

        Output(ObjectMapper json) {
            try {
                generator = json.createGenerator(this, JsonEncoding.UTF8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null);
        }

        @Override
        public void write(int b) {
            room(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            room(length);
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        private void room(int more) {
            if (count + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + more));
            }
        }

        /** The value the generator wrote since the last one. */
        byte[] done() throws IOException {
            generator.flush();
            byte[] bytes = Arrays.copyOf(buffer, count);
            count = 0;
            if (buffer.length > KEPT_BUFFER_BYTES) {
                buffer = new byte[BUFFER_BYTES];
            }
            return bytes;
        }
    }
}
