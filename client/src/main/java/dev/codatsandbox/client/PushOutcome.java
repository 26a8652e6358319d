package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a company's next valid push operation does, as a test scripts it: {@code Success}, {@code Failed} (with an
 * error message and validation errors) or {@code TimedOut}, after a delay of sandbox-clock time (the configured one
 * when absent). A value: {@code PushOutcome.failed().error("customerName", "Name already used.", "Platform")}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "afterMs", "errorMessage", "errors"})
public record PushOutcome(String status, Long afterMs, String errorMessage, List<CodatError.ValidationItem> errors) {

    /** Completes {@code Success}. */
    public static PushOutcome success() {
        return new PushOutcome("Success", null, null, null);
    }

    /** Completes {@code Failed}. */
    public static PushOutcome failed() {
        return new PushOutcome("Failed", null, null, null);
    }

    /** Completes {@code TimedOut}. */
    public static PushOutcome timedOut() {
        return new PushOutcome("TimedOut", null, null, null);
    }

    /** Completes this long after it was requested (sandbox-clock time). */
    public PushOutcome after(Duration delay) {
        return new PushOutcome(status, delay.toMillis(), errorMessage, errors);
    }

    /** A failure's {@code errorMessage}. */
    public PushOutcome errorMessage(String message) {
        return new PushOutcome(status, afterMs, message, errors);
    }

    /** Adds a validation error to a failure. */
    public PushOutcome error(String itemId, String message, String validatorName) {
        List<CodatError.ValidationItem> all = new ArrayList<>(errors == null ? List.of() : errors);
        all.add(new CodatError.ValidationItem(itemId, message, validatorName));
        return new PushOutcome(status, afterMs, errorMessage, List.copyOf(all));
    }
}
