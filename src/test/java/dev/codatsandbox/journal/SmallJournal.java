package dev.codatsandbox.journal;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A journal that keeps only the last three requests. */
public class SmallJournal implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sandbox.journal.max-entries", "3");
    }
}
