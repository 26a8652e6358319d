package dev.codatsandbox.webhooks;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A sandbox whose webhook retries come after 200 ms and 400 ms (three attempts in all) and whose receivers have
 * 800 ms to answer, so that retry and time-out tests take a second; with one consumer from configuration, disabled,
 * to show that configured consumers are listed and outlive a reset.
 */
public class QuickRetries implements QuarkusTestProfile {

    static final String CONFIGURED_URL = "http://127.0.0.1:9/configured";
    static final String CONFIGURED_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sandbox.webhooks.retry-schedule", "200ms,400ms",
                "sandbox.webhooks.timeout-ms", "800",
                "sandbox.webhooks.consumers", "[{\"url\": \"" + CONFIGURED_URL + "\", \"eventTypes\":"
                        + " [\"company.created\"], \"disabled\": true, \"secret\": \"" + CONFIGURED_SECRET + "\"}]");
    }
}
