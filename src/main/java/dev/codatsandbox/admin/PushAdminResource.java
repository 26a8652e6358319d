package dev.codatsandbox.admin;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.push.PushOperations;
import dev.codatsandbox.push.ScriptedOutcome;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Scripts what a company's next valid push operations do: each posted outcome is taken, in order, by the next push
 * operation that passes validation.
 */
@Path("/_sandbox/companies/{companyId}/push/outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class PushAdminResource {

    private final PushOperations operations;

    PushAdminResource(PushOperations operations) {
        this.operations = operations;
    }

    /** Appends outcomes (a JSON array) after those already waiting; answers all that are waiting. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ScriptedOutcome> append(@PathParam("companyId") String companyId, List<ScriptedOutcome> outcomes) {
        if (outcomes == null || outcomes.isEmpty() || outcomes.contains(null)) {
            throw new CodatApiException(400, "Give a JSON array of outcomes, such as"
                    + " [{\"status\": \"Success\", \"afterMs\": 500}].");
        }
        return operations.script(companyId, outcomes);
    }

    @GET
    public List<ScriptedOutcome> waiting(@PathParam("companyId") String companyId) {
        return operations.scripted(companyId);
    }

    @DELETE
    public void clear(@PathParam("companyId") String companyId) {
        operations.clearScript(companyId);
    }
}
