package dev.codatsandbox.faults;

import dev.codatsandbox.pipeline.ClassifiedRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.lifecycle.SandboxReset;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rules in force, in the order they were added, and the choice of the fault for a request: each rule whose
 * scope covers the request counts a match; the first whose trigger fires (and whose kind acts: data not ready yet,
 * a limit exceeded) applies, and no later rule is asked. Rules from {@code sandbox.faults.rules} and
 * {@code sandbox.faults.file} are in force from start-up and again after a reset; their ids, like those of rules
 * added later, count from 1.
 */
@Startup
@ApplicationScoped
public class FaultRules {

    private static final Logger LOG = Logger.getLogger(FaultRules.class);

    private final long seed;
    private final ObjectMapper mapper;
    private final FaultRuleReader reader;
    private final List<FaultRule> startUp;
    private final List<ActiveRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    FaultRules(SandboxConfig config, ObjectMapper mapper) {
        this.seed = config.seed();
        this.mapper = mapper;
        this.reader = new FaultRuleReader(mapper);
        this.startUp = startUpRules(config.faults(), Path.of(config.fixtures().dir()));
        startUp.forEach(this::add);
        if (!startUp.isEmpty()) {
            LOG.infof("Fault rules in force from start-up: %d", startUp.size());
        }
    }

    public FaultRuleReader reader() {
        return reader;
    }

    public synchronized ActiveRule add(FaultRule rule) {
        String definition;
        try {
            definition = mapper.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ActiveRule active = new ActiveRule(Long.toString(ids.incrementAndGet()), rule, Draws.key(definition));
        rules.add(active);
        return active;
    }

    public List<ActiveRule> all() {
        return List.copyOf(rules);
    }

    public Optional<ActiveRule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean delete(String id) {
        return rules.removeIf(r -> r.id().equals(id));
    }

    public synchronized void clear() {
        rules.clear();
    }

    void onReset(@Observes SandboxReset reset) {
        synchronized (this) {
            rules.clear();
            ids.set(0);
            startUp.forEach(this::add);
        }
    }

    /** The fault that applies to this request, if any; work for the request's end goes to {@code onEnd}. */
    public Optional<Firing> select(ClassifiedRequest request, List<Runnable> onEnd) {
        for (ActiveRule rule : rules) {
            if (!rule.definition().covers(request)) {
                continue;
            }
            long match = rule.match();
            double draw = Draws.unit(seed, rule.drawKey(), match, Draws.TRIGGER);
            if (!rule.definition().trigger().fires(match, draw)) {
                continue;
            }
            Firing firing = rule.act(request, match, onEnd);
            if (firing != null) {
                rule.fire();
                return Optional.of(firing);
            }
        }
        return Optional.empty();
    }

    /** The delay a latency fault asks for on this firing, drawn from the seed, the rule and the match number. */
    long delayMs(Firing firing, Fault.Latency latency) {
        long key = firing.rule() == null ? 0 : firing.rule().drawKey();
        return latency.delayMs(Draws.unit(seed, key, firing.match(), Draws.LATENCY),
                Draws.unit(seed, key, firing.match(), Draws.LATENCY_SECOND));
    }

    /** Whether a vanishing-record rule made this customer of this company vanish. */
    boolean vanished(String company, String customerId) {
        return rules.stream().anyMatch(r -> r.vanished(company, customerId));
    }

    private List<FaultRule> startUpRules(SandboxConfig.Faults config, Path fixturesDir) {
        List<FaultRule> found = new ArrayList<>();
        config.rules().ifPresent(json -> found.addAll(read("sandbox.faults.rules", json)));
        Path file = fixturesDir.resolve(config.file()).toAbsolutePath().normalize();
        if (Files.isRegularFile(file)) {
            try {
                List<FaultRule> rules = read("sandbox.faults.file (" + file + ")", Files.readString(file));
                found.addAll(rules);
                LOG.infof("Fault rules file %s: %d %s", file, rules.size(), rules.size() == 1 ? "rule" : "rules");
            } catch (IOException e) {
                throw new UncheckedIOException("sandbox.faults.file: cannot read " + file, e);
            }
        } else {
            LOG.infof("No fault rules file at %s (sandbox.faults.file)", file);
        }
        return found;
    }

    private List<FaultRule> read(String source, String json) {
        try {
            return reader.rules(json);
        } catch (InvalidRule e) {
            throw new IllegalStateException(source + ": " + e.getMessage());
        }
    }
}
