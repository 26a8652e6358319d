package dev.codatsandbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Map;

/**
 * Codat's {@code supplementalData}: extra fields of the accounting software, as {@code content} keyed by data
 * type name then field name. The sandbox keeps it as the JSON it was given and serves it back unchanged.
 */
@RegisterForReflection
public record SupplementalData(Map<String, JsonNode> content) {
}
