package dev.codatsandbox.paging;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** Codat's paged envelope. */
@RegisterForReflection
@JsonPropertyOrder({"results", "pageNumber", "pageSize", "totalResults", "_links"})
public record Page<T>(
        List<T> results,
        int pageNumber,
        int pageSize,
        int totalResults,
        @JsonProperty("_links") Links links) {
}
