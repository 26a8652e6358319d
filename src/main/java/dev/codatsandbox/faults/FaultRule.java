package dev.codatsandbox.faults;

import dev.codatsandbox.pipeline.Operation;

import dev.codatsandbox.pipeline.ClassifiedRequest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fault rule as the admin API and start-up files give it: a scope (company, operation, method, page; each absent
 * one matches anything), a trigger (default {@code always}) and the fault.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"company", "operation", "method", "page", "trigger", "fault"})
public record FaultRule(String company, String operation, String method, Integer page, Trigger trigger, Fault fault) {

    private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,20}");

    /** This rule checked, with defaults filled in and names in their canonical case; or an {@link InvalidRule}. */
    public FaultRule validated() {
        if (company != null && company.isBlank()) {
            throw InvalidRule.value("company", company, "must be a company id");
        }
        if (operation != null && Operation.named(operation).filter(o -> o != Operation.OTHER).isEmpty()) {
            throw InvalidRule.value("operation", operation, "must be one of "
                    + Operation.namesBut(Operation.OTHER));
        }
        if (method != null && !METHOD.matcher(method).matches()) {
            throw InvalidRule.value("method", method, "must be an HTTP method such as GET");
        }
        InvalidRule.range("page", page, 1, Integer.MAX_VALUE);
        InvalidRule.required("fault", fault,
                "a rule needs a fault, for example {\"type\": \"status\", \"status\": 503}");
        fault.validate("fault");
        Trigger when = trigger == null ? new Trigger.Always() : trigger;
        when.validate("trigger");
        return new FaultRule(company == null ? null : company.toLowerCase(Locale.ROOT),
                operation == null ? Operation.ANY.wireName() : operation,
                method == null ? null : method.toUpperCase(Locale.ROOT), page, when, fault);
    }

    /** Whether the request is in this rule's scope. */
    boolean covers(ClassifiedRequest request) {
        if (company != null && !company.equals(request.company())) {
            return false;
        }
        if (!operation.equals(Operation.ANY.wireName()) && !operation.equals(request.operation().wireName())) {
            return false;
        }
        if (method != null && !method.equals(request.method())) {
            return false;
        }
        return page == null || page.equals(request.page());
    }
}
