package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A sandbox with seed 7 and one fault rule in force from start-up, given in configuration. */
public class AnotherSeedAndStartUpRules implements QuarkusTestProfile {

    static final String START_UP_RULES = """
            [{"operation": "platform", "trigger": {"type": "next", "count": 1}, "fault": {"type": "status", "status": 503}}]""";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sandbox.seed", "7", "sandbox.faults.rules", START_UP_RULES);
    }
}
