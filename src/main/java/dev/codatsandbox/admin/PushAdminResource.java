package dev.codatsandbox.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.push.PushOperations;
import dev.codatsandbox.push.ScriptedOutcome;
import dev.codatsandbox.requests.JsonBodies;
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

    private static final String EXAMPLE =
            "a JSON array of outcomes such as [{\"status\": \"Success\", \"afterMs\": 500}]";

    private final PushOperations operations;
    private final JsonBodies bodies;

    PushAdminResource(PushOperations operations, JsonBodies bodies) {
        this.operations = operations;
        this.bodies = bodies;
    }

    /** Appends outcomes (a JSON array) after those already waiting; answers all that are waiting. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ScriptedOutcome> append(@PathParam("companyId") String companyId, String body) {
        List<ScriptedOutcome> outcomes = bodies.read(body, new TypeReference<List<ScriptedOutcome>>() { }, EXAMPLE);
        if (outcomes == null || outcomes.isEmpty() || outcomes.contains(null)) {
            throw new CodatApiException(400, "Request body is not " + EXAMPLE + ".");
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
