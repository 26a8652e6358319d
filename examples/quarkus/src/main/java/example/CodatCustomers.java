package example;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The application's client of Codat's Customers list; its URL is {@code quarkus.rest-client.codat.url}. */
@RegisterRestClient(configKey = "codat")
@Path("/companies/{companyId}/data/customers")
public interface CodatCustomers {

    /** One page of a company's customers, in Codat's envelope. */
    @GET
    JsonNode page(@PathParam("companyId") String companyId, @QueryParam("page") int page,
            @QueryParam("pageSize") int pageSize, @HeaderParam("Authorization") String authorization);
}
