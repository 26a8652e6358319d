package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.errors.CodatErrors;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Answers rejected fixtures with Codat's error body, status 400: the summary as {@code error} and every problem as
 * an item of {@code validation.errors} ({@code itemId} the file and JSON path, {@code validatorName} the rule).
 */
public class FixtureProblemsMapper {

    @ServerExceptionMapper
    public Response rejected(FixturesRejectedException e) {
        CodatError body = new CodatError(e.status(), CodatErrors.SERVICE, e.summary(), CodatErrors.newCorrelationId(),
                new CodatError.Validation(e.problems().stream().map(FixtureProblem::item).toList(), List.of()),
                CodatErrors.CAN_BE_RETRIED_UNKNOWN, 0);
        return CodatErrors.response(body);
    }
}
