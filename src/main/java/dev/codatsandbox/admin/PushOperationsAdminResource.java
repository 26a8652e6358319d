package dev.codatsandbox.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.push.PushOperation;
import dev.codatsandbox.push.PushOperationStatus;
import dev.codatsandbox.push.PushOperations;
import dev.codatsandbox.push.ScriptedOutcome;
import dev.codatsandbox.requests.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * A company's push operations as the sandbox holds them, and settling a pending one now. Codat's own
 * {@code GET /companies/{companyId}/push} answers the same operations, but it is journaled and faulted like any
 * client's call; these are not, so a person watching a test (the dashboard) changes neither its journal nor its
 * rules' counts.
 */
@Path("/_sandbox/companies/{companyId}/push/operations")
@Produces(MediaType.APPLICATION_JSON)
public class PushOperationsAdminResource {

    private static final String EXAMPLE = "an outcome such as {\"status\": \"Success\"} or {\"status\": \"Failed\","
            + " \"errorMessage\": \"Rejected.\"}";

    private final PushOperations operations;
    private final JsonBodies bodies;

    PushOperationsAdminResource(PushOperations operations, JsonBodies bodies) {
        this.operations = operations;
        this.bodies = bodies;
    }

    /** The company's operations in request order, due ones completed first. */
    @GET
    public List<PushOperation> list(@PathParam("companyId") String companyId) {
        return operations.operations(companyId);
    }

    /**
     * Completes a {@code Pending} operation at the sandbox clock's now with the outcome in the body ({@code status}
     * {@code Success}, {@code Failed} or {@code TimedOut}; a {@code Failed} one may give {@code errorMessage} and
     * {@code errors}); answers the operation. 404 for an unknown operation, 409 for one that is no longer pending.
     */
    @POST
    @Path("/{pushOperationKey}/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    public PushOperation settle(@PathParam("companyId") String companyId,
                                @PathParam("pushOperationKey") String pushOperationKey, String body) {
        ScriptedOutcome outcome = bodies.read(body, new TypeReference<ScriptedOutcome>() { }, EXAMPLE);
        if (outcome == null) {
            throw new CodatApiException(400, "Request body is not " + EXAMPLE + ".");
        }
        if (outcome.status() == null || outcome.status() == PushOperationStatus.Pending) {
            throw new CodatApiException(400, "Give the outcome's 'status': Success, Failed or TimedOut.");
        }
        if (outcome.afterMs() != null) {
            throw new CodatApiException(400, "Settling completes the operation now: 'afterMs' is not taken.");
        }
        if (outcome.status() != PushOperationStatus.Failed
                && (outcome.errors() != null || outcome.errorMessage() != null)) {
            throw new CodatApiException(400, "Only a Failed outcome takes 'errorMessage' and 'errors'.");
        }
        return operations.settleNow(companyId, pushOperationKey, outcome).orElseThrow(() ->
                CodatApiException.notFound("Push operation '" + pushOperationKey + "' was not found for company '"
                        + companyId + "'."));
    }
}
