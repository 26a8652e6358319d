package dev.codatsandbox.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.errors.CodatError.ValidationItem;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * What the next valid push operation of a company does, as a test scripts it through the admin API: complete with
 * {@code status} ({@code Success}, {@code Failed} or {@code TimedOut}) {@code afterMs} milliseconds of sandbox-clock
 * time after it was requested (the configured delay when absent); a {@code Failed} one reports {@code errors} as its
 * validation errors and {@code errorMessage}.
 */
@RegisterForReflection
@JsonPropertyOrder({"status", "afterMs", "errorMessage", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScriptedOutcome(PushOperationStatus status, Long afterMs, String errorMessage,
                             List<ValidationItem> errors) {

    public ScriptedOutcome {
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** Checks a scripted outcome as the admin API received it; answers it. */
    public ScriptedOutcome checked() {
        if (status == null || status == PushOperationStatus.Pending) {
            throw new CodatApiException(400, "A scripted outcome needs a 'status': Success, Failed or TimedOut.");
        }
        if (afterMs != null && (afterMs < 0 || afterMs > 86_400_000L)) {
            throw new CodatApiException(400, "Invalid 'afterMs' " + afterMs
                    + " of a scripted outcome: must be from 0 to 86400000.");
        }
        if (errors != null && status != PushOperationStatus.Failed) {
            throw new CodatApiException(400, "Only a Failed scripted outcome takes 'errors'.");
        }
        return this;
    }
}
