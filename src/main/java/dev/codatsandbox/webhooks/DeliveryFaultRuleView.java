package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.faults.Trigger;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A webhook fault rule in force as the admin API lists it: its id, its definition, how often it matched and fired. */
@RegisterForReflection
@JsonPropertyOrder({"id", "eventType", "consumer", "trigger", "fault", "matched", "fired"})
public record DeliveryFaultRuleView(
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String eventType,
        @JsonInclude(JsonInclude.Include.NON_NULL) String consumer,
        Trigger trigger,
        DeliveryFault fault,
        long matched,
        long fired) {
}
