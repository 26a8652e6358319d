package dev.codatsandbox.generator;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * The ids of generated customers: UUIDs (version 4 form) that are a bijection of (seed, companyId, index), so that
 * a customer can be found by its id without generating, or holding, the customers before it. The 64 bits that
 * carry the index are a keyed, invertible mix of it; the remaining 58 free bits are a hash of those 64 and of the
 * company, so that an id made up by a caller, or one of another company, is recognised as foreign rather than
 * mapped to some index.
 */
public final class CustomerIds {

    private static final long M1 = 0xff51afd7ed558ccdL;
    private static final long M2 = 0xc4ceb9fe1a85ec53L;
    private static final long M1_INVERSE = inverse(M1);
    private static final long M2_INVERSE = inverse(M2);
    private static final long CHECK_SALT = 0x6a09e667f3bcc909L;

    private CustomerIds() {
    }

    /**
     * What the ids of a company's customers are keyed with, from the company's {@link Seeds#company} seed: worked out
     * once for all of its customers.
     */
    static long companyKey(long companySeed) {
        return Seeds.of(companySeed, -1);
    }

    /** The id of the customer at {@code index} of the generated customers of the company with this key. */
    static String id(long companyKey, long index) {
        long carried = mix(index ^ companyKey);
        long check = mix(carried ^ companyKey ^ CHECK_SALT);
        long msb = (carried & 0xffffffff00000000L) | ((check >>> 32) & 0xffff0fffL) | 0x4000L;
        long lsb = 0x8000000000000000L | ((check & 0x3fffffffL) << 32) | (carried & 0xffffffffL);
        return new UUID(msb, lsb).toString();
    }

    /** The index of the generated customer with this id in the company with this key, if the id is one made here. */
    static OptionalLong index(long companyKey, String customerId) {
        if (customerId.length() != 36) {
            return OptionalLong.empty();
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(customerId);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        long carried = (uuid.getMostSignificantBits() & 0xffffffff00000000L)
                | (uuid.getLeastSignificantBits() & 0xffffffffL);
        long index = unmix(carried) ^ companyKey;
        return index >= 0 && id(companyKey, index).equals(customerId) ? OptionalLong.of(index) : OptionalLong.empty();
    }

    /** MurmurHash3's 64-bit finaliser: a bijection of all 64 bits. */
    private static long mix(long x) {
        x ^= x >>> 33;
        x *= M1;
        x ^= x >>> 33;
        x *= M2;
        x ^= x >>> 33;
        return x;
    }

    private static long unmix(long x) {
        x ^= x >>> 33;
        x *= M2_INVERSE;
        x ^= x >>> 33;
        x *= M1_INVERSE;
        x ^= x >>> 33;
        return x;
    }

    /** The multiplicative inverse of an odd number modulo 2^64, by Newton's iteration. */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
