package dev.codatsandbox.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code _links} of a page: {@code current} and {@code self} always, {@code previous} and {@code next} where such
 * a page exists.
 */
@RegisterForReflection
@JsonPropertyOrder({"current", "self", "previous", "next"})
public record Links(
        Link current,
        Link self,
        @JsonInclude(JsonInclude.Include.NON_NULL) Link previous,
        @JsonInclude(JsonInclude.Include.NON_NULL) Link next) {
}
