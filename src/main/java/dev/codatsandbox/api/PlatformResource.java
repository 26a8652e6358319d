package dev.codatsandbox.api;

import dev.codatsandbox.requests.WholeNumbers;

import dev.codatsandbox.requests.WholeNumber;

import dev.codatsandbox.requests.JsonBodies;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import dev.codatsandbox.platform.Company;
import dev.codatsandbox.platform.CompanyRequest;
import dev.codatsandbox.platform.Connection;
import dev.codatsandbox.platform.DataStatus;
import dev.codatsandbox.platform.Platform;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Codat's Platform calls a client makes around a push: companies, their connections and their data status. */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private final Platform platform;
    private final JsonBodies bodies;

    PlatformResource(Platform platform, JsonBodies bodies) {
        this.platform = platform;
        this.bodies = bodies;
    }

    @GET
    public Page<Company> companies(
            @QueryParam("page") @DefaultValue("" + PageRequest.DEFAULT_PAGE) @WholeNumber(min = 1) String page,
            @QueryParam("pageSize") @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE)
            @WholeNumber(min = 1, max = PageRequest.MAX_PAGE_SIZE) String pageSize) {
        return Paginator.page(platform.companies(), request(page, pageSize), "/companies");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Company create(String body) {
        return platform.create(bodies.read(body, new TypeReference<CompanyRequest>() { },
                "a company such as {\"name\": \"Technicalium\"}"));
    }

    @GET
    @Path("/{companyId}")
    public Company company(@PathParam("companyId") String companyId) {
        return platform.company(companyId);
    }

    @GET
    @Path("/{companyId}/connections")
    public Page<Connection> connections(
            @PathParam("companyId") String companyId,
            @QueryParam("page") @DefaultValue("" + PageRequest.DEFAULT_PAGE) @WholeNumber(min = 1) String page,
            @QueryParam("pageSize") @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE)
            @WholeNumber(min = 1, max = PageRequest.MAX_PAGE_SIZE) String pageSize) {
        String id = platform.require(companyId).id();
        return Paginator.page(List.of(platform.connection(id)), request(page, pageSize),
                "/companies/" + id + "/connections");
    }

    @GET
    @Path("/{companyId}/connections/{connectionId}")
    public Connection connection(@PathParam("companyId") String companyId,
                                 @PathParam("connectionId") String connectionId) {
        return platform.requireConnection(companyId, connectionId);
    }

    @GET
    @Path("/{companyId}/dataStatus")
    public Map<String, DataStatus> dataStatus(@PathParam("companyId") String companyId) {
        return platform.dataStatus(companyId);
    }

    static PageRequest request(String page, String pageSize) {
        return new PageRequest(WholeNumbers.parse(page).orElseThrow(), WholeNumbers.parse(pageSize).orElseThrow());
    }
}
