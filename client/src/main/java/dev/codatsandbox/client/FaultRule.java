package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * A fault with a scope (company, operation, method, page; each absent part matches anything) and a trigger:
 * {@code FaultRule.of(Fault.status(503)).operation(Operation.LIST).page(3).trigger(Trigger.next(2))}. A value; each
 * method answers a new rule.
 */
@JsonPropertyOrder({"company", "operation", "method", "page", "trigger", "fault"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(String company, Operation operation, String method, Integer page, Trigger trigger,
        Fault fault) {

    /** A rule needs its fault. */
    @JsonCreator
    public FaultRule(@JsonProperty("company") String company, @JsonProperty("operation") Operation operation,
            @JsonProperty("method") String method, @JsonProperty("page") Integer page,
            @JsonProperty("trigger") Trigger trigger, @JsonProperty("fault") Fault fault) {
        this.company = company;
        this.operation = operation;
        this.method = method;
        this.page = page;
        this.trigger = trigger;
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /** {@code fault} on every request, until scoped and triggered otherwise. */
    public static FaultRule of(Fault fault) {
        return new FaultRule(null, null, null, null, null, fault);
    }

    /** Only requests about this company. */
    public FaultRule company(String company) {
        return new FaultRule(company, operation, method, page, trigger, fault);
    }

    /** Only this operation. */
    public FaultRule operation(Operation operation) {
        return new FaultRule(company, operation, method, page, trigger, fault);
    }

    /** Only this HTTP method. */
    public FaultRule method(String method) {
        return new FaultRule(company, operation, method, page, trigger, fault);
    }

    /** Only this page of a list (page 1 when a request names none). */
    public FaultRule page(int page) {
        return new FaultRule(company, operation, method, page, trigger, fault);
    }

    /** When the rule fires among its matches. */
    public FaultRule trigger(Trigger trigger) {
        return new FaultRule(company, operation, method, page, trigger, fault);
    }

    /** The rule as the admin API takes it. */
    public String toJson() {
        return Json.write(this);
    }
}
