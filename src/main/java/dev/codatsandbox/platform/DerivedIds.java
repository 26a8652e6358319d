package dev.codatsandbox.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * UUIDs (version 4 form) that are a fixed function of the seed and what they name: a company made by
 * {@code POST /companies} (by creation order), a company's connection, a push operation and a pushed customer (by
 * the company's push order), a webhook consumer (by registration order) and a webhook event (by its number); and the
 * key bytes of a webhook consumer's secret. So the same seed and the same calls give the same ids on every run and
 * machine.
 */
public final class DerivedIds {

    private final long seed;

    public DerivedIds(long seed) {
        this.seed = seed;
    }

    /** The id of the {@code n}-th company created at run time (from 0). */
    public String createdCompany(long n) {
        return of("company", "", n);
    }

    /** The id of the company's accounting connection. */
    public String connection(String companyId) {
        return of("connection", companyId, 0);
    }

    /** The key of the company's {@code n}-th push operation (from 0). */
    public String pushOperation(String companyId, long n) {
        return of("push-operation", companyId, n);
    }

    /** The id given to the customer created by the company's {@code n}-th push operation when its body has none. */
    public String pushedCustomer(String companyId, long n) {
        return of("pushed-customer", companyId, n);
    }

    /** The id of the {@code n}-th webhook consumer registered (from 0). */
    public String webhookConsumer(long n) {
        return of("webhook-consumer", "", n);
    }

    /** The key of a webhook consumer's signing secret: 24 bytes, as Svix makes them. */
    public byte[] webhookSecret(String consumerId) {
        byte[] key = new byte[24];
        digest("webhook-secret", consumerId, 0).get(key);
        return key;
    }

    /** The id of the {@code n}-th webhook event (from 0). */
    public String webhookEvent(long n) {
        return of("webhook-event", "", n);
    }

    /** A number in [0, 1) drawn for the company's {@code n}-th push operation. */
    public double pushDraw(String companyId, long n) {
        return (digest("push-draw", companyId, n).getLong() >>> 11) * 0x1.0p-53;
    }

    private String of(String kind, String companyId, long n) {
        ByteBuffer bytes = digest(kind, companyId, n);
        long msb = (bytes.getLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (bytes.getLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private ByteBuffer digest(String kind, String companyId, long n) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((seed + "|" + kind + "|" + companyId + "|" + n).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
