package dev.codatsandbox.edge;

import dev.codatsandbox.testing.OddInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which {@code Accept} headers let the answer be JSON: the table pins the rules (and the odd headers that once
 * failed), the generated headers that none of them throws and that a JSON range added at the end always wins.
 */
class MediaRangesTest {

    @ParameterizedTest(name = "''{0}'' accepts JSON: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                                        | true",
            "application/json                          | true",
            "APPLICATION/JSON                          | true",
            "*/*                                       | true",
            "application/*                             | true",
            "application/json; charset=utf-8           | true",
            "text/html, application/json;q=0.1         | true",
            "*/*, text/html;q=0                        | true",
            "*/*;q=0, application/json                 | true",
            "application/json;Q=0.5                    | true",
            "text/html;title=\"a,b\", application/json   | true",
            "text/html                                 | false",
            "text/html, application/json;q=0           | false",
            "application/json;q=0, text/html           | false",
            "application/*;q=0, text/plain             | false",
            "*/*;q=0                                   | false",
            "application/json;Q=0                      | false",
            "text/html;title=\"a,application/json\"      | false",
            // headers that cannot be read accept anything, as no header does
            ";                                         | true",
            ";;;                                       | true",
            "` ; `                                     | true",
            "text/html, ;                              | true",
            "text                                      | true",
            "application/json;q=abc                    | true",
            "application/*;q=2, text/html              | true",
            "text/html;q=abc                           | false",
            "/json                                     | true",
            // empty list elements are skipped (RFC 9110, section 5.6.1)
            "`,,text/html,,`                           | false",
            "`,, application/json`                     | true",
    })
    void acceptsJsonAsTheMostSpecificMatchingRangeSays(String accept, boolean expected) {
        assertEquals(expected, MediaRanges.acceptsJson(accept));
    }

    @Test
    void generatedHeadersAreAnsweredWithoutAnException() {
        List<String> headers = OddInputs.around(1, List.of("application/json", "*/*", "application/*",
                "text/html, application/json;q=0.1", "application/json;q=0, text/html", "*/*;q=0, application/json",
                "text/html;level=1;q=0.7, text/*;q=0.3", "application/json; charset=\"utf-8\"",
                "application/vnd.codat+json;version=2, */*;q=0.1"), List.of("application", "json", "text", "html",
                "charset=utf-8", "level=1", "q=0.001", "q=1.000", "q=0.", "q=.5")).draw(20_000);

        OddInputs.check("MediaRanges.acceptsJson", headers, MediaRanges::acceptsJson);
    }

    @Test
    void aJsonRangeAddedAtTheEndAlwaysWins() {
        List<String> headers = OddInputs.around(2, List.of("text/html", "application/json;q=0", "*/*;q=0",
                "application/*;q=0, text/plain"), List.of("application", "json", "text")).draw(5_000);

        for (String header : headers) {
            if (header.indexOf('"') >= 0) {
                continue; // an open quoted string would swallow the added range
            }
            assertTrue(MediaRanges.acceptsJson(header + ", application/json"), OddInputs.escaped(header));
        }
    }
}
