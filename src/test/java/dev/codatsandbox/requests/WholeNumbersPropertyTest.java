package dev.codatsandbox.requests;

import dev.codatsandbox.testing.OddInputs;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated {@code page} and {@code pageSize} text: {@link WholeNumbers#parse} never throws, and reads exactly
 * what a reference reading (an optional sign, one to ten ASCII digits, a value that fits an int) reads.
 */
class WholeNumbersPropertyTest {

    @Test
    void generatedTextIsReadAsTheReferenceReadsIt() {
        List<String> texts = OddInputs.around(31, List.of("1", "100", "5000", "5001", "0", "-1", "+7", "2147483647",
                "2147483648", "-2147483648", "0000000001", "00000000001", "1.5", "1e3", " 1", "١"),
                List.of("0", "9", "+", "-", "00000")).draw(20_000);

        OddInputs.check("WholeNumbers.parse", texts, text -> assertEquals(reference(text), WholeNumbers.parse(text),
                OddInputs.escaped(text)));
    }

    private static Optional<Integer> reference(String text) {
        if (!text.matches("[+-]?[0-9]{1,10}")) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < 32 ? Optional.of(value.intValue()) : Optional.empty();
    }
}
