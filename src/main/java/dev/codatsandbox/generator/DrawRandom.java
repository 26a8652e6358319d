package dev.codatsandbox.generator;

import java.util.Random;

/**
 * {@link Random}'s generator, without its thread-safety: the same 48-bit linear congruential sequence, so every value
 * drawn is the one {@code new Random(seed)} gives, kept in a plain field instead of an atomic one. A drawing is
 * made, used and dropped by one thread, and a customer takes about a hundred draws, each of which would otherwise
 * pay for an atomic compare-and-set. Only the constructor seeds it: {@link #setSeed} is not for it.
 */
final class DrawRandom extends Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    DrawRandom(long seed) {
        super(0);
        state = (seed ^ MULTIPLIER) & MASK;
    }

    @Override
    protected int next(int bits) {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - bits));
    }
}
