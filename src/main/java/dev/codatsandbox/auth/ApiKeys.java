package dev.codatsandbox.auth;

import dev.codatsandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Which {@code Authorization} headers Codat's endpoints accept: {@code Basic <base64 API key>}, the key being any
 * well-formed one when {@code sandbox.auth.api-keys} is empty (the default), else one of those keys.
 */
@ApplicationScoped
public class ApiKeys {

    private final Set<String> accepted;

    ApiKeys(SandboxConfig config) {
        this.accepted = Set.copyOf(config.auth().apiKeys().orElse(List.of()));
    }

    /** Whether the header, as sent (null when absent), carries an accepted key. */
    public boolean accepts(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String encoded = authorization.substring(6).trim();
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String key = new String(decoded, StandardCharsets.UTF_8);
        if (key.isBlank()) {
            return false;
        }
        return accepted.isEmpty() || accepted.contains(key);
    }
}
