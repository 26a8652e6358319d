package dev.codatsandbox.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Short timers and small limits, in one profile so that Quarkus builds and starts one application for the tests of
 * all of them: a connection without a whole request is closed after {@value #IDLE_TIMEOUT_SECONDS} seconds, the
 * traffic is summed up in the log every second, the journal keeps the last {@value #JOURNAL_ENTRIES} requests, and the
 * plain port speaks h2c. Each test reads only its own setting; none of them changes what another test sees.
 */
public class TightSettings implements QuarkusTestProfile {

    public static final int IDLE_TIMEOUT_SECONDS = 6;
    public static final int JOURNAL_ENTRIES = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "S",
                "sandbox.edge.log-summary-seconds", "1",
                "sandbox.journal.max-entries", String.valueOf(JOURNAL_ENTRIES),
                "sandbox.http.h2c", "true");
    }
}
