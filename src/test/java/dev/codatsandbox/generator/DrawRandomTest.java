package dev.codatsandbox.generator;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A drawing's generator gives the values java.util.Random gives for the same seed, draw for draw. */
class DrawRandomTest {

    @Test
    void drawsWhatRandomDrawsForTheSameSeed() {
        for (long seed : new long[] {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x5DEECE66DL, 987654321987654321L}) {
            Random expected = new Random(seed);
            Random drawn = new DrawRandom(seed);
            for (int i = 0; i < 2_000; i++) {
                switch (i % 6) {
                    case 0 -> assertEquals(expected.nextInt(), drawn.nextInt());
                    case 1 -> assertEquals(expected.nextInt(1 + i), drawn.nextInt(1 + i));
                    case 2 -> assertEquals(expected.nextDouble(), drawn.nextDouble());
                    case 3 -> assertEquals(expected.nextLong(), drawn.nextLong());
                    case 4 -> assertEquals(expected.nextBoolean(), drawn.nextBoolean());
                    default -> assertEquals(expected.nextInt(1 << (i % 31)), drawn.nextInt(1 << (i % 31)));
                }
            }
        }
    }
}
