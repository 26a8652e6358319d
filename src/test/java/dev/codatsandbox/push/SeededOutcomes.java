package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A sandbox where 30% of valid push operations fail and 20% time out, drawn from the seed. */
public class SeededOutcomes implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sandbox.push.failure-share", "0.3", "sandbox.push.timeout-share", "0.2",
                "sandbox.push.delay-ms", "0");
    }
}
