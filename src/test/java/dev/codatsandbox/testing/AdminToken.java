package dev.codatsandbox.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The admin API, and so the dashboard, needs the token {@value #TOKEN}. One profile for every test that uses it, so
 * that Quarkus starts once for all of them.
 */
public class AdminToken implements QuarkusTestProfile {

    public static final String TOKEN = "s3cret";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sandbox.admin.token", TOKEN);
    }
}
