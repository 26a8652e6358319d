package dev.codatsandbox.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * Standard Webhooks signatures, as Codat's deliveries through Svix carry them: a secret is {@code whsec_} and the
 * base64 of its key bytes; a delivery's {@code webhook-signature} is {@code v1,} and the base64 of the HMAC-SHA256,
 * under that key, of {@code webhook-id.webhook-timestamp.body}. The JDK's {@link Mac} does the HMAC.
 */
public final class Signatures {

    public static final String SECRET_PREFIX = "whsec_";
    /** The fewest and most key bytes a given secret may have (Svix makes 24; Standard Webhooks allows 24 to 64). */
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private Signatures() {
    }

    /** The secret written for these key bytes. */
    public static String secret(byte[] key) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a well-formed secret; empty when it is not {@code whsec_} and base64 of 24 to 64 bytes. */
    public static Optional<byte[]> key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            return key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES ? Optional.empty() : Optional.of(key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The {@code webhook-signature} value of this message: {@code v1,} and the base64 HMAC-SHA256. */
    public static String sign(byte[] key, String messageId, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
