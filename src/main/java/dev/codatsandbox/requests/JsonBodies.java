package dev.codatsandbox.requests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.errors.CodatApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/**
 * Reads a JSON request body into its type, so that a body that is not JSON, or not of that type, fails as Codat's
 * 400 that says what was expected, rather than as a bare framework error.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as {@code type}, or a 400 naming {@code what} the body should be. */
    public <T> T read(String body, TypeReference<T> type, String what) {
        if (body == null || body.isBlank()) {
            throw new CodatApiException(400, "Request body is empty: send " + what + ".");
        }
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new CodatApiException(400, "Request body is not " + what + ".");
        }
    }
}
