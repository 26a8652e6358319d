package dev.codatsandbox.errors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Test-only endpoints that fail the ways no production endpoint can be made to fail on demand yet. */
@Path("/test-only")
public class FailingResource {

    @POST
    @Path("/json-body")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(Map<String, Object> body) {
        return body;
    }

    @GET
    @Path("/bug")
    @Produces(MediaType.APPLICATION_JSON)
    public String bug() {
        throw new IllegalStateException("secret internal detail at FailingResource.bug");
    }
}
