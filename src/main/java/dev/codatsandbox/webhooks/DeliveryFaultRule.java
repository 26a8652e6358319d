package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.faults.InvalidRule;
import dev.codatsandbox.faults.Trigger;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Locale;

/**
 * A webhook fault rule as the admin API and {@code sandbox.webhooks.faults} give it: a scope ({@code eventType},
 * {@code consumer}, the consumer's id; each absent one matches every message), a trigger (the request faults'
 * triggers, default {@code always}) counted over the messages in scope, and the fault.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"eventType", "consumer", "trigger", "fault"})
public record DeliveryFaultRule(String eventType, String consumer, Trigger trigger, DeliveryFault fault) {

    /** This rule checked, with defaults filled in; or an {@link InvalidRule} naming the field. */
    public DeliveryFaultRule validated() {
        if (eventType != null && eventType.isBlank()) {
            throw new InvalidRule("Invalid value '" + eventType + "' for field 'eventType': must be an event type"
                    + " such as " + WebhookEvent.CUSTOMERS_WRITE_SUCCESSFUL + ".");
        }
        if (consumer != null && consumer.isBlank()) {
            throw new InvalidRule("Invalid value '" + consumer + "' for field 'consumer': must be a consumer id.");
        }
        InvalidRule.required("fault", fault, "a rule needs a fault, for example {\"type\": \"duplicate\"}");
        fault.validate("fault");
        Trigger when = trigger == null ? new Trigger.Always() : trigger;
        when.validate("trigger");
        return new DeliveryFaultRule(eventType, consumer == null ? null : consumer.toLowerCase(Locale.ROOT), when,
                fault);
    }

    /** Whether a message of this event type to this consumer is in the rule's scope. */
    boolean covers(String messageEventType, String consumerId) {
        return (eventType == null || eventType.equals(messageEventType))
                && (consumer == null || consumer.equals(consumerId));
    }
}
