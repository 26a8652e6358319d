package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.faults.Draws;
import dev.codatsandbox.faults.FaultRuleReader;
import dev.codatsandbox.faults.InvalidRule;
import dev.codatsandbox.lifecycle.SandboxReset;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook fault rules in force, in the order they were added, and the choice of the fault for a message to a
 * consumer: each rule whose scope covers it counts a match; the first whose trigger fires applies, and no later
 * rule is asked. A probability trigger draws from the seed, the rule's definition and the match number, as request
 * faults do, so the same seed, rules and messages replay the same faults. Rules of {@code sandbox.webhooks.faults}
 * are in force from start-up and again after a reset; ids count from 1.
 */
@Startup
@ApplicationScoped
public class DeliveryFaultRules {

    private final long seed;
    private final ObjectMapper mapper;
    private final FaultRuleReader reader;
    private final List<DeliveryFaultRule> startUp;
    private final List<Active> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** A rule in force, with its atomic counts. */
    private record Active(String id, DeliveryFaultRule definition, long drawKey, AtomicLong matched,
            AtomicLong fired) {

        DeliveryFaultRuleView view() {
            return new DeliveryFaultRuleView(id, definition.eventType(), definition.consumer(), definition.trigger(),
                    definition.fault(), matched.get(), fired.get());
        }
    }

    /** The fault chosen for a message: the kind and the id of the rule that fired. */
    record Chosen(String ruleId, DeliveryFault fault) {
    }

    DeliveryFaultRules(SandboxConfig config, ObjectMapper mapper) {
        this.seed = config.seed();
        this.mapper = mapper;
        this.reader = new FaultRuleReader(mapper);
        try {
            this.startUp = config.webhooks().faults().map(this::read).orElse(List.of());
        } catch (InvalidRule e) {
            throw new IllegalArgumentException("Invalid configuration: sandbox.webhooks.faults: " + e.getMessage());
        }
        startUp.forEach(this::add);
    }

    /** One rule (a JSON object) or several (an array), each checked. */
    public List<DeliveryFaultRule> read(String json) {
        return reader.rules(json, DeliveryFaultRule.class, DeliveryFaultRule::validated, DeliveryFault.TYPES);
    }

    public synchronized DeliveryFaultRuleView add(DeliveryFaultRule rule) {
        String definition;
        try {
            definition = mapper.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Active active = new Active(Long.toString(ids.incrementAndGet()), rule, Draws.key(definition),
                new AtomicLong(), new AtomicLong());
        rules.add(active);
        return active.view();
    }

    public List<DeliveryFaultRuleView> all() {
        return rules.stream().map(Active::view).toList();
    }

    public Optional<DeliveryFaultRuleView> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().map(Active::view);
    }

    public boolean delete(String id) {
        return rules.removeIf(r -> r.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    /** The fault for this message to this consumer, if a rule fires. */
    Optional<Chosen> select(String eventType, String consumerId) {
        for (Active rule : rules) {
            if (!rule.definition().covers(eventType, consumerId)) {
                continue;
            }
            long match = rule.matched().incrementAndGet();
            if (rule.definition().trigger().fires(match, Draws.unit(seed, rule.drawKey(), match, Draws.TRIGGER))) {
                rule.fired().incrementAndGet();
                return Optional.of(new Chosen(rule.id(), rule.definition().fault()));
            }
        }
        return Optional.empty();
    }

    synchronized void onReset(@Observes SandboxReset reset) {
        rules.clear();
        ids.set(0);
        startUp.forEach(this::add);
    }
}
