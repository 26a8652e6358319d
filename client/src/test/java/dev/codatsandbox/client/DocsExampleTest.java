package dev.codatsandbox.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README and docs/use-from-tests.md show {@link FailTwiceThenSucceedTest} exactly as it runs. */
class DocsExampleTest {

    static String example() throws Exception {
        String source = Files.readString(
                Path.of("src/test/java/dev/codatsandbox/client/FailTwiceThenSucceedTest.java"));
        return source.substring(source.indexOf("@CodatSandboxTest"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../README.md", "../docs/use-from-tests.md"})
    void theDocumentShowsTheExampleAsItRuns(String document) throws Exception {
        String text = Files.readString(Path.of(document));
        assertTrue(text.contains("```java\n" + example() + "```"), document + " shows another example than "
                + "FailTwiceThenSucceedTest.java:\n" + example());
    }

    @Test
    void theExampleIsTenLinesOrSoOfTest() throws Exception {
        assertTrue(example().lines().count() <= 14, example());
    }
}
