package dev.codatsandbox.faults;

import java.nio.charset.StandardCharsets;

/**
 * Numbers in [0, 1) that are a pure function of (seed, rule, match number, stream): a probability trigger or a
 * random latency replays the same sequence on every run with the same seed, whatever the order in which
 * concurrent requests arrive (webhook fault rules draw the same way). SplitMix64's finaliser mixes the inputs.
 */
public final class Draws {

    /** Draws deciding whether a probability trigger fires. */
    public static final long TRIGGER = 1;
    /** Draws of random latencies (two per match). */
    static final long LATENCY = 2;
    static final long LATENCY_SECOND = 3;

    private Draws() {
    }

    public static double unit(long seed, long rule, long match, long stream) {
        long x = mix(seed ^ 0x9E3779B97F4A7C15L);
        x = mix(x ^ rule);
        x = mix(x ^ match * 0xBF58476D1CE4E5B9L);
        x = mix(x ^ stream);
        return (x >>> 11) * 0x1.0p-53;
    }

    /** A rule's key for draws: a 64-bit FNV-1a hash of its definition's text, so an equal rule draws alike. */
    public static long key(String definition) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : definition.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
