package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A rule in force, as the sandbox lists it: its id, its definition, how many requests it matched and how many it
 * changed ({@code fired}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActiveFaultRule(String id, String company, Operation operation, String method, Integer page,
        Trigger trigger, Fault fault, long matched, long fired) {

    /** The rule's definition without its counts. */
    public FaultRule rule() {
        return new FaultRule(company, operation, method, page, trigger, fault);
    }
}
