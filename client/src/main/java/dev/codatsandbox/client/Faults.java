package dev.codatsandbox.client;

import com.fasterxml.jackson.databind.JavaType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fault rules of a sandbox ({@code /_sandbox/faults}). From {@link SandboxClient#faults()} it sees every rule;
 * from {@link SandboxCompany#faults()} it is scoped to one company: every rule it adds names that company, it lists
 * only that company's rules, and {@link #clear()} deletes only the rules it added, so tests running at once on one
 * sandbox do not touch each other's faults.
 */
public final class Faults {

    private static final JavaType RULES = Json.MAPPER.getTypeFactory()
            .constructCollectionType(List.class, ActiveFaultRule.class);

    private final Http http;
    private final String company;
    private final Set<String> added = ConcurrentHashMap.newKeySet();

    Faults(Http http, String company) {
        this.http = http;
        this.company = company;
    }

    /** Adds {@code rule} (scoped to this company, for a company's faults) and answers it as now in force. */
    public ActiveFaultRule add(FaultRule rule) {
        ActiveFaultRule active = Json.read(http.admin("POST", "/_sandbox/faults", Json.write(scoped(rule))),
                ActiveFaultRule.class);
        added.add(active.id());
        return active;
    }

    /** Adds a rule that gives {@code fault} on every request (of this company, for a company's faults). */
    public ActiveFaultRule add(Fault fault) {
        return add(FaultRule.of(fault));
    }

    /** Adds several rules at once, in order, all or none. */
    public List<ActiveFaultRule> addAll(List<FaultRule> rules) {
        List<FaultRule> scoped = rules.stream().map(this::scoped).toList();
        List<ActiveFaultRule> active = Json.read(http.admin("POST", "/_sandbox/faults", Json.write(scoped)), RULES);
        active.forEach(rule -> added.add(rule.id()));
        return active;
    }

    /** The rules in force with their counts, in the order they were added (this company's only, when scoped). */
    public List<ActiveFaultRule> list() {
        List<ActiveFaultRule> all = Json.read(http.admin("GET", "/_sandbox/faults", null), RULES);
        if (company == null) {
            return all;
        }
        List<ActiveFaultRule> mine = new ArrayList<>();
        for (ActiveFaultRule rule : all) {
            if (rule.company() != null && rule.company().toLowerCase(Locale.ROOT)
                    .equals(company.toLowerCase(Locale.ROOT))) {
                mine.add(rule);
            }
        }
        return Collections.unmodifiableList(mine);
    }

    /** One rule, with its counts. */
    public ActiveFaultRule get(String id) {
        return Json.read(http.admin("GET", "/_sandbox/faults/" + Http.segment(id), null), ActiveFaultRule.class);
    }

    /** Deletes one rule. */
    public void delete(String id) {
        http.admin("DELETE", "/_sandbox/faults/" + Http.segment(id), null);
        added.remove(id);
    }

    /**
     * Deletes every rule of the sandbox, or, for a company's faults, those of the company (the ones added here and
     * any other that names the company).
     */
    public void clear() {
        if (company == null) {
            http.admin("DELETE", "/_sandbox/faults", null);
            added.clear();
            return;
        }
        for (ActiveFaultRule rule : list()) {
            try {
                delete(rule.id());
            } catch (SandboxException gone) {
                if (gone.statusCode() != 404) {
                    throw gone;
                }
            }
        }
        added.clear();
    }

    private FaultRule scoped(FaultRule rule) {
        if (company == null) {
            return rule;
        }
        if (rule.company() != null && !rule.company().equalsIgnoreCase(company)) {
            throw new IllegalArgumentException("A rule of company " + company + " cannot name company "
                    + rule.company() + ".");
        }
        return rule.company(company);
    }
}
