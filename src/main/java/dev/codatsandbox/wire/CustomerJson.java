package dev.codatsandbox.wire;

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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a customer's JSON by hand, byte for byte as the application's Jackson {@code ObjectMapper} writes it: the
 * same property order, {@code null} for an absent value except {@code metadata} and {@code supplementalData} (left
 * out), enums by name, instants in ISO-8601 ({@link Instant#toString()}), strings in UTF-8 with {@code "} and
 * {@code \} escaped. It costs a fraction of Jackson's serialisation, which matters when a page's customers are drawn
 * on first use.
 *
 * <p>It writes only what it knows Jackson writes the same way: a customer with supplemental data, or a string holding
 * a control character, DEL or a UTF-16 surrogate (which Jackson escapes or pairs by rules of its own), answers
 * {@code null}, and the caller serialises that customer with Jackson. {@code CustomerJsonTest} holds the two writers
 * to the same bytes over generated, fixture and hand-made customers, and this one to the fields of
 * {@link dev.codatsandbox.model.CustomerSchema}, in its order, for a customer with a value in every field.
 *
 * <p>Each thread writes into a buffer of its own, kept from one customer to the next, and only the customer's bytes
 * are copied out: a page of a company used for the first time writes dozens of customers, and a fresh buffer for each
 * would be allocated, zeroed and dropped every time. Enum values are written from their quoted bytes, made once.
 *
 * <p>It writes the envelope of a page too ({@link #envelope}: the page with no results, which the page writer sets
 * the customers into), by the same rules, so that a page's first write does not go through Jackson at all.
 *
 * <p>It is kept, rather than a writer on Jackson's streaming {@code JsonGenerator} with pre-encoded field names (which
 * gives the same bytes for every customer and would need no fallback), because that one took 1.36 to 1.57 times as
 * long for a page of 100 customers and its envelope, over the 1.15 the hand-written writer had to beat to stay: the
 * benchmarks page of {@code docs/} has the figures and how to measure them again.
 */
final class CustomerJson {

    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] CUSTOMER_NAME = ascii(",\"customerName\":");
    private static final byte[] CONTACT_NAME = ascii(",\"contactName\":");
    private static final byte[] EMAIL_ADDRESS = ascii(",\"emailAddress\":");
    private static final byte[] DEFAULT_CURRENCY = ascii(",\"defaultCurrency\":");
    private static final byte[] PHONE = ascii(",\"phone\":");
    private static final byte[] ADDRESSES = ascii(",\"addresses\":");
    private static final byte[] CONTACTS = ascii(",\"contacts\":");
    private static final byte[] REGISTRATION_NUMBER = ascii(",\"registrationNumber\":");
    private static final byte[] TAX_NUMBER = ascii(",\"taxNumber\":");
    private static final byte[] STATUS = ascii(",\"status\":");
    private static final byte[] METADATA = ascii(",\"metadata\":{\"isDeleted\":");
    private static final byte[] MODIFIED_DATE = ascii(",\"modifiedDate\":");
    private static final byte[] SOURCE_MODIFIED_DATE = ascii(",\"sourceModifiedDate\":");
    private static final byte[] ADDRESS_TYPE = ascii("{\"type\":");
    private static final byte[] LINE1 = ascii(",\"line1\":");
    private static final byte[] LINE2 = ascii(",\"line2\":");
    private static final byte[] CITY = ascii(",\"city\":");
    private static final byte[] REGION = ascii(",\"region\":");
    private static final byte[] COUNTRY = ascii(",\"country\":");
    private static final byte[] POSTAL_CODE = ascii(",\"postalCode\":");
    private static final byte[] CONTACT = ascii("{\"name\":");
    private static final byte[] EMAIL = ascii(",\"email\":");
    private static final byte[] ADDRESS = ascii(",\"address\":");
    private static final byte[] NUMBER = ascii("{\"number\":");
    private static final byte[] TYPE = ascii(",\"type\":");

    private static final byte[] NO_RESULTS = ascii("{\"results\":[],\"pageNumber\":");
    private static final byte[] PAGE_SIZE = ascii(",\"pageSize\":");
    private static final byte[] TOTAL_RESULTS = ascii(",\"totalResults\":");
    private static final byte[] LINKS = ascii(",\"_links\":");
    private static final byte[] CURRENT = ascii("{\"current\":");
    private static final byte[] SELF = ascii(",\"self\":");
    private static final byte[] PREVIOUS = ascii(",\"previous\":");
    private static final byte[] NEXT = ascii(",\"next\":");
    private static final byte[] HREF = ascii("{\"href\":");
    private static final byte[] MIN_INT = ascii(Integer.toString(Integer.MIN_VALUE));

    private static final byte[][] STATUSES = quoted(Status.values());
    private static final byte[][] ADDRESS_TYPES = quoted(AddressType.values());
    private static final byte[][] PHONE_NUMBER_TYPES = quoted(PhoneNumberType.values());
    private static final ThreadLocal<CustomerJson> WRITERS = ThreadLocal.withInitial(CustomerJson::new);

    /** 9999-12-31T23:59:59Z: {@link #instant} writes whole seconds up to it by hand. */
    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    /** What a generated customer fits in; a buffer grown past {@link #KEPT_BUFFER_BYTES} for a large one is dropped. */
    private static final int BUFFER_BYTES = 1536;
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;

    private byte[] out = new byte[BUFFER_BYTES];
    private int length;

    private CustomerJson() {
    }

    /** The customer's JSON, or {@code null} when it holds something this writer leaves to Jackson. */
    static byte[] bytes(Customer customer) {
        if (customer.supplementalData() != null) {
            return null;
        }
        CustomerJson json = WRITERS.get();
        json.length = 0;
        return json.done(json.customer(customer));
    }

    /**
     * The JSON of a page with no results (its {@code _links} as {@code Links} writes them: {@code previous} and
     * {@code next} left out when null), or {@code null} when a link holds something this writer leaves to Jackson.
     */
    static byte[] envelope(Page<?> page) {
        if (page.results() == null || !page.results().isEmpty()) {
            return null;
        }
        CustomerJson json = WRITERS.get();
        json.length = 0;
        json.raw(NO_RESULTS);
        json.number(page.pageNumber());
        json.raw(PAGE_SIZE);
        json.number(page.pageSize());
        json.raw(TOTAL_RESULTS);
        json.number(page.totalResults());
        json.raw(LINKS);
        return json.done(json.links(page.links()) && json.raw((byte) '}'));
    }

    /** What was written, if {@code written}; the buffer is dropped when a large value made it grow. */
    private byte[] done(boolean written) {
        byte[] bytes = written ? Arrays.copyOf(out, length) : null;
        if (out.length > KEPT_BUFFER_BYTES) {
            out = new byte[BUFFER_BYTES];
        }
        return bytes;
    }

    private boolean customer(Customer c) {
        boolean written = raw(ID) && string(c.id())
                && raw(CUSTOMER_NAME) && string(c.customerName())
                && raw(CONTACT_NAME) && string(c.contactName())
                && raw(EMAIL_ADDRESS) && string(c.emailAddress())
                && raw(DEFAULT_CURRENCY) && string(c.defaultCurrency())
                && raw(PHONE) && string(c.phone())
                && raw(ADDRESSES) && addresses(c.addresses())
                && raw(CONTACTS) && contacts(c.contacts())
                && raw(REGISTRATION_NUMBER) && string(c.registrationNumber())
                && raw(TAX_NUMBER) && string(c.taxNumber())
                && raw(STATUS) && name(c.status(), STATUSES);
        if (!written) {
            return false;
        }
        if (c.metadata() != null) {
            raw(METADATA);
            Boolean deleted = c.metadata().isDeleted();
            raw(deleted == null ? NULL : deleted ? TRUE : FALSE);
            raw((byte) '}');
        }
        return raw(MODIFIED_DATE) && instant(c.modifiedDate())
                && raw(SOURCE_MODIFIED_DATE) && instant(c.sourceModifiedDate())
                && raw((byte) '}');
    }

    private boolean address(Address a) {
        if (a == null) {
            return raw(NULL);
        }
        return raw(ADDRESS_TYPE) && name(a.type(), ADDRESS_TYPES)
                && raw(LINE1) && string(a.line1())
                && raw(LINE2) && string(a.line2())
                && raw(CITY) && string(a.city())
                && raw(REGION) && string(a.region())
                && raw(COUNTRY) && string(a.country())
                && raw(POSTAL_CODE) && string(a.postalCode())
                && raw((byte) '}');
    }

    private boolean contact(Contact c) {
        return raw(CONTACT) && string(c.name())
                && raw(EMAIL) && string(c.email())
                && raw(PHONE) && phones(c.phone())
                && raw(ADDRESS) && address(c.address())
                && raw(STATUS) && name(c.status(), STATUSES)
                && raw(MODIFIED_DATE) && instant(c.modifiedDate())
                && raw((byte) '}');
    }

    private boolean phone(PhoneNumber p) {
        return raw(NUMBER) && string(p.number()) && raw(TYPE) && name(p.type(), PHONE_NUMBER_TYPES)
                && raw((byte) '}');
    }

    private boolean links(Links links) {
        if (links == null) {
            return raw(NULL);
        }
        if (!(raw(CURRENT) && link(links.current()) && raw(SELF) && link(links.self()))) {
            return false;
        }
        if (links.previous() != null && !(raw(PREVIOUS) && link(links.previous()))) {
            return false;
        }
        if (links.next() != null && !(raw(NEXT) && link(links.next()))) {
            return false;
        }
        return raw((byte) '}');
    }

    private boolean link(Link link) {
        return link == null ? raw(NULL) : raw(HREF) && string(link.href()) && raw((byte) '}');
    }

    /** {@code value} in decimal, as {@link Integer#toString(int)} writes it. */
    private void number(int value) {
        if (value == Integer.MIN_VALUE) {
            raw(MIN_INT);
            return;
        }
        if (value < 0) {
            raw((byte) '-');
            value = -value;
        }
        int width = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            width++;
        }
        room(width);
        digits(value, width);
    }

    // The three arrays are written by a loop each, not by one loop given the item's writer as a lambda (an object made
    // on every call); each answers false as soon as an item is not written.

    private boolean addresses(List<Address> items) {
        raw((byte) '[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                raw((byte) ',');
            }
            if (!address(items.get(i))) {
                return false;
            }
        }
        return raw((byte) ']');
    }

    private boolean contacts(List<Contact> items) {
        raw((byte) '[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                raw((byte) ',');
            }
            if (!contact(items.get(i))) {
                return false;
            }
        }
        return raw((byte) ']');
    }

    private boolean phones(List<PhoneNumber> items) {
        raw((byte) '[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                raw((byte) ',');
            }
            if (!phone(items.get(i))) {
                return false;
            }
        }
        return raw((byte) ']');
    }

    /** The enum value's name as a JSON string, from {@code quoted} (its values' quoted names, by ordinal). */
    private boolean name(Enum<?> value, byte[][] quoted) {
        return raw(value == null ? NULL : quoted[value.ordinal()]);
    }

    /** {@link Instant#toString()}, written digit by digit for whole seconds of the years 1970 to 9999. */
    private boolean instant(Instant value) {
        if (value == null) {
            return raw(NULL);
        }
        long seconds = value.getEpochSecond();
        if (value.getNano() != 0 || seconds < 0 || seconds >= LAST_SECOND_OF_9999 + 1) {
            return string(value.toString());
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / 86_400);
        int time = (int) (seconds % 86_400);
        room(22);
        out[length++] = '"';
        digits(date.getYear(), 4);
        out[length++] = '-';
        digits(date.getMonthValue(), 2);
        out[length++] = '-';
        digits(date.getDayOfMonth(), 2);
        out[length++] = 'T';
        digits(time / 3600, 2);
        out[length++] = ':';
        digits(time / 60 % 60, 2);
        out[length++] = ':';
        digits(time % 60, 2);
        out[length++] = 'Z';
        out[length++] = '"';
        return true;
    }

    /** {@code value} in {@code width} decimal digits, zero-padded (room already made). */
    private void digits(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    /** A JSON string; false if it holds a character this writer leaves to Jackson. */
    private boolean string(String value) {
        if (value == null) {
            return raw(NULL);
        }
        int n = value.length();
        room(n * 3 + 2); // no character takes more than three bytes here: an escape two, a BMP character up to three
        byte[] o = out;
        int at = length;
        o[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7f) {
                    return false;
                }
                if (c == '"' || c == '\\') {
                    o[at++] = '\\';
                }
                o[at++] = (byte) c;
            } else if (c < 0x800) {
                o[at++] = (byte) (0xc0 | c >> 6);
                o[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                o[at++] = (byte) (0xe0 | c >> 12);
                o[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                o[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        o[at++] = '"';
        length = at;
        return true;
    }

    private boolean raw(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
        return true;
    }

    private boolean raw(byte b) {
        room(1);
        out[length++] = b;
        return true;
    }

    /** Makes room for {@code more} bytes after {@link #length}. */
    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    private static byte[][] quoted(Enum<?>[] values) {
        byte[][] quoted = new byte[values.length][];
        for (Enum<?> value : values) {
            quoted[value.ordinal()] = ascii("\"" + value.name() + "\"");
        }
        return quoted;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
