package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A server that closes a connection after 6 seconds without a whole request. */
public class ShortTimers implements QuarkusTestProfile {

    static final int IDLE_TIMEOUT_SECONDS = 6;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "S");
    }
}
