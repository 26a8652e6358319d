package dev.codatsandbox.admin;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.faults.ActiveRule;
import dev.codatsandbox.faults.FaultRule;
import dev.codatsandbox.faults.FaultRuleView;
import dev.codatsandbox.faults.FaultRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The fault rules in force: add one (a JSON object) or several (an array), list them with their match and fire
 * counts, read, delete one, delete all. A bad rule answers 400 naming the field.
 */
@Path("/_sandbox/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsResource {

    private final FaultRules rules;

    FaultsResource(FaultRules rules) {
        this.rules = rules;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        List<FaultRule> parsed = rules.reader().rules(body);
        List<FaultRuleView> added = parsed.stream().map(rules::add).map(ActiveRule::view).toList();
        return AdminAnswers.added(body, added, FaultRuleView::id, "/_sandbox/faults");
    }

    @GET
    public List<FaultRuleView> list() {
        return rules.all().stream().map(ActiveRule::view).toList();
    }

    @GET
    @Path("/{id}")
    public FaultRuleView get(@PathParam("id") String id) {
        return rules.find(id).map(ActiveRule::view).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return AdminAnswers.deleted(rules.delete(id), () -> notFound(id));
    }

    @DELETE
    public Response deleteAll() {
        rules.clear();
        return Response.noContent().build();
    }

    private static CodatApiException notFound(String id) {
        return CodatApiException.notFound("Fault rule '" + id + "' was not found.");
    }
}
