package dev.codatsandbox.wire;

import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Page;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a page of customers as the bytes plain Jackson serialisation gives, assembled from the envelope (serialised
 * with no results) and each customer's bytes. {@link CustomerBytes} keeps the body of a page of a run of positions
 * whole, and the customers of any other page one by one, so that a repeated page or customer is not written again.
 * The body goes out in one buffer with its length.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class CustomerPageWriter implements ServerMessageBodyWriter<Page<?>> {

    private static final byte[] NO_RESULTS = "\"results\":[]".getBytes(StandardCharsets.UTF_8);

    private final CustomerBytes customers;

    public CustomerPageWriter(CustomerBytes customers) {
        this.customers = customers;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
                               MediaType mediaType) {
        return writes(type, genericType);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return writes(type, genericType);
    }

    @Override
    public void writeResponse(Page<?> page, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(bytes(page));
    }

    @Override
    public void writeTo(Page<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(bytes(page));
    }

    /** The body of this page: byte for byte what the application's ObjectMapper writes for it. */
    public byte[] bytes(Page<?> page) {
        List<?> results = page.results();
        if (!(results instanceof CustomerList.Selection) && !results.stream().allMatch(Customer.class::isInstance)) {
            return customers.serialise(page);
        }
        return customers.page(page, () -> assemble(page));
    }

    private byte[] assemble(Page<?> page) {
        List<?> results = page.results();
        byte[] envelope = customers.serialise(new Page<>(List.of(), page.pageNumber(), page.pageSize(),
                page.totalResults(), page.links()));
        int at = indexOf(envelope, NO_RESULTS);
        if (at < 0) {
            return customers.serialise(page);
        }
        int open = at + NO_RESULTS.length - 1;
        // A page kept whole keeps its customers' bytes in its own: they are not kept again one by one.
        boolean whole = CustomerBytes.keptWhole(results);
        byte[][] parts = new byte[results.size()][];
        int length = envelope.length + Math.max(0, results.size() - 1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = whole ? customers.serialise(results.get(i)) : customers.of(results, i);
            length += parts[i].length;
        }
        byte[] body = new byte[length];
        System.arraycopy(envelope, 0, body, 0, open);
        int to = open;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                body[to++] = ',';
            }
            System.arraycopy(parts[i], 0, body, to, parts[i].length);
            to += parts[i].length;
        }
        System.arraycopy(envelope, open, body, to, envelope.length - open);
        return body;
    }

    private static boolean writes(Class<?> type, Type genericType) {
        if (!Page.class.equals(type)) {
            return false;
        }
        if (genericType instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            return element.equals(Customer.class) || !(element instanceof Class<?>);
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
