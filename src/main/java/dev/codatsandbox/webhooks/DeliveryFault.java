package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import dev.codatsandbox.faults.InvalidRule;
import dev.codatsandbox.faults.WireKinds;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * What a webhook fault does to a message's delivery: one record per kind, named on the wire by {@code type} in
 * kebab case, attributes with their unit in their name, like the request faults of the {@code faults} package. A
 * fault acts on the message's first attempt to one consumer; retries of a failed attempt go as usual.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = "type")
@JsonTypeIdResolver(DeliveryFault.Kinds.class)
public sealed interface DeliveryFault {

    /** Every kind's wire name ({@link WireKinds}: its class's name), in the order docs/webhooks.md describes them. */
    List<String> TYPES = new Kinds().names();

    /** The longest a message may be delayed or held: ten minutes. */
    long MAX_MS = 600_000;

    /** Checks the attributes; {@code field} is where this fault sits in the rule ("fault"), for the messages. */
    void validate(String field);

    /** The kind's wire name. */
    default String type() {
        return WireKinds.name(getClass());
    }

    /** The webhook fault kinds, in the order docs/webhooks.md describes them: the one list of them. */
    @RegisterForReflection
    final class Kinds extends WireKinds {
        public Kinds() {
            super(List.of(Delay.class, Drop.class, Duplicate.class, OutOfOrder.class, BadSignature.class,
                    StaleTimestamp.class));
        }
    }

    /** The first attempt is sent {@code delayMs} late (1 to 600000). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "delayMs"})
    record Delay(Long delayMs) implements DeliveryFault {
        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".delayMs", delayMs, "how late the message is sent");
            InvalidRule.range(field + ".delayMs", delayMs, 1, MAX_MS);
        }
    }

    /** The message is never sent to the consumer (no attempt, no retry): a webhook lost on the way. */
    record Drop() implements DeliveryFault {
        @Override
        public void validate(String field) {
        }
    }

    /** The first attempt is sent {@code copies} times (default 2, at most 10), same {@code webhook-id} each. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "copies"})
    record Duplicate(Integer copies) implements DeliveryFault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".copies", copies, 2, 10);
        }

        public int count() {
            return copies == null ? 2 : copies;
        }
    }

    /**
     * The message is held back until the consumer's next message has been sent, so the two arrive in the wrong
     * order; at most {@code holdMs} (default 5000), after which it goes anyway.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "holdMs"})
    record OutOfOrder(Long holdMs) implements DeliveryFault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".holdMs", holdMs, 1, MAX_MS);
        }

        public long hold() {
            return holdMs == null ? 5_000 : holdMs;
        }
    }

    /** The first attempt's {@code webhook-signature} is made with another key, so it does not verify. */
    record BadSignature() implements DeliveryFault {
        @Override
        public void validate(String field) {
        }
    }

    /**
     * The first attempt's {@code webhook-timestamp} is {@code ageSeconds} in the past (default 600, beyond the five
     * minutes Standard Webhooks libraries tolerate), correctly signed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "ageSeconds"})
    record StaleTimestamp(Long ageSeconds) implements DeliveryFault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".ageSeconds", ageSeconds, 1, 31_536_000);
        }

        public long age() {
            return ageSeconds == null ? 600 : ageSeconds;
        }
    }
}
