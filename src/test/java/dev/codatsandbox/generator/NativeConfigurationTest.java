package dev.codatsandbox.generator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native executable carries the files the generator reads, so that it answers byte for byte like the JVM: a file
 * left out of the image would make the native executable fail on its first generated customer.
 */
class NativeConfigurationTest {

    @Test
    void imageHoldsTheLocalitiesAndTheVocabulary() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NativeConfigurationTest.class.getResourceAsStream("/application.properties")) {
            assertNotNull(in, "application.properties is on the class path");
            properties.load(in);
        }
        List<String> includes = Arrays.asList(
                properties.getProperty("quarkus.native.resources.includes", "").split(","));

        assertTrue(includes.contains(Localities.RESOURCE), "quarkus.native.resources.includes has " + Localities.RESOURCE);
        assertTrue(includes.contains(Vocabulary.RESOURCE), "quarkus.native.resources.includes has " + Vocabulary.RESOURCE);
    }
}
