package dev.codatsandbox.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the generator's data files from the class path. */
final class ClassPathResources {

    private ClassPathResources() {
    }

    /** The lines of the UTF-8 resource {@code name}; fails if it is missing or cannot be read. */
    static List<String> lines(String name) {
        try (InputStream in = ClassPathResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Class path resource " + name + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
