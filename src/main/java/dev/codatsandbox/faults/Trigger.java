package dev.codatsandbox.faults;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * When a rule fires, given the number of its match (1 for the first request it matched, counted atomically, so a
 * "next 5" rule fires on exactly five requests however many arrive at once). Named on the wire by {@code type}.
 */
@RegisterForReflection
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = "type")
@JsonTypeIdResolver(Trigger.Kinds.class)
public sealed interface Trigger {

    /**
     * Whether match number {@code match} fires; {@code draw} is this match's number in [0, 1), drawn from the
     * seed, the rule and the match number.
     */
    boolean fires(long match, double draw);

    /** Every trigger's wire name ({@link WireKinds}: its class's name). */
    List<String> TYPES = new Kinds().names();

    /** The triggers: the one list of them. */
    @RegisterForReflection
    final class Kinds extends WireKinds {
        public Kinds() {
            super(List.of(Always.class, Next.class, Every.class, After.class, Probability.class));
        }
    }

    void validate(String field);

    /** Every match fires. */
    record Always() implements Trigger {
        @Override
        public boolean fires(long match, double draw) {
            return true;
        }

        @Override
        public void validate(String field) {
        }
    }

    /** The first {@code count} matches fire, then none: "fail twice, then succeed". */
    record Next(Integer count) implements Trigger {
        @Override
        public boolean fires(long match, double draw) {
            return match <= count;
        }

        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".count", count, "how many matches fire");
            InvalidRule.range(field + ".count", count, 1, Integer.MAX_VALUE);
        }
    }

    /** Every {@code nth} match fires (the nth, the 2nth, ...). */
    record Every(Integer nth) implements Trigger {
        @Override
        public boolean fires(long match, double draw) {
            return match % nth == 0;
        }

        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".nth", nth, "which matches fire");
            InvalidRule.range(field + ".nth", nth, 1, Integer.MAX_VALUE);
        }
    }

    /** The first {@code count} matches pass, every later one fires. */
    record After(Integer count) implements Trigger {
        @Override
        public boolean fires(long match, double draw) {
            return match > count;
        }

        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".count", count, "how many matches pass first");
            InvalidRule.range(field + ".count", count, 0, Integer.MAX_VALUE);
        }
    }

    /** Each match fires with probability {@code p}, from a seeded draw: the same seed replays the same sequence. */
    record Probability(Double p) implements Trigger {
        @Override
        public boolean fires(long match, double draw) {
            return draw < p;
        }

        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".p", p, "a probability from 0 to 1");
            if (!(p >= 0 && p <= 1)) {
                throw InvalidRule.value(field + ".p", p, "must be a number from 0 to 1");
            }
        }
    }
}
