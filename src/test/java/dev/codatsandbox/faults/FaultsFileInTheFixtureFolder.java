package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A fixture folder that holds one company and a {@code faults.json}, with {@code sandbox.faults.file} left at its
 * default, as a container whose fixtures are mounted in a folder of their own has it.
 */
public class FaultsFileInTheFixtureFolder implements QuarkusTestProfile {

    static final String FOLDER = "src/test/resources/fixtures/with-faults-file";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sandbox.fixtures.dir", FOLDER);
    }
}
