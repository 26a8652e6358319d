package dev.codatsandbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * Codat's {@code supplementalData}: extra fields of the accounting software, as {@code content} keyed by data
 * type name then field name. The sandbox keeps it as the JSON it was given and serves it back unchanged.
 */
@RegisterForReflection
public record SupplementalData(
        @Schema(type = SchemaType.OBJECT, description = "Data type name, then field name, to the field's JSON value")
        Map<String, JsonNode> content) {
}
