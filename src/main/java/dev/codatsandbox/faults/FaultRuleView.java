package dev.codatsandbox.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A rule in force as the admin API lists it: its id, its definition, and how often it matched and fired. */
@RegisterForReflection
@JsonPropertyOrder({"id", "company", "operation", "method", "page", "trigger", "fault", "matched", "fired"})
public record FaultRuleView(
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String company,
        String operation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String method,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
        Trigger trigger,
        Fault fault,
        long matched,
        long fired) {
}
