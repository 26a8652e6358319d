package dev.codatsandbox.api;

import dev.codatsandbox.requests.WholeNumbers;

import dev.codatsandbox.requests.WholeNumber;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import dev.codatsandbox.platform.Platform;
import dev.codatsandbox.push.CustomerPushModel;
import dev.codatsandbox.push.CustomerPushResponse;
import dev.codatsandbox.push.PushOperation;
import dev.codatsandbox.push.PushOperationProperties;
import dev.codatsandbox.push.PushOperations;
import dev.codatsandbox.push.PushOption;
import dev.codatsandbox.query.OrderBy;
import dev.codatsandbox.query.Query;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codat's push calls for customers: the create/update model, create, update, and the push operations, which the
 * list filters ({@code query}) and orders ({@code orderBy}, stable, so equal keys stay in request order) before it
 * pages.
 */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
public class PushResource {

    private static final int MAX_TIMEOUT_MINUTES = 7 * 24 * 60;

    private final PushOperations operations;
    private final Platform platform;

    PushResource(PushOperations operations, Platform platform) {
        this.operations = operations;
        this.platform = platform;
    }

    @GET
    @Path("/{companyId}/connections/{connectionId}/options/customers")
    public PushOption options(@PathParam("companyId") String companyId,
                              @PathParam("connectionId") String connectionId) {
        platform.requireConnection(companyId, connectionId);
        return CustomerPushModel.option();
    }

    @POST
    @Path("/{companyId}/connections/{connectionId}/push/customers")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerPushResponse create(
            @PathParam("companyId") String companyId,
            @PathParam("connectionId") String connectionId,
            @QueryParam("timeoutInMinutes") @WholeNumber(min = 1, max = MAX_TIMEOUT_MINUTES) String timeoutInMinutes,
            String body) {
        return operations.create(companyId, connectionId, body, minutes(timeoutInMinutes));
    }

    @PUT
    @Path("/{companyId}/connections/{connectionId}/push/customers/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerPushResponse update(
            @PathParam("companyId") String companyId,
            @PathParam("connectionId") String connectionId,
            @PathParam("customerId") String customerId,
            @QueryParam("timeoutInMinutes") @WholeNumber(min = 1, max = MAX_TIMEOUT_MINUTES) String timeoutInMinutes,
            @QueryParam("forceUpdate") String forceUpdate,
            String body) {
        return operations.update(companyId, connectionId, customerId, body, minutes(timeoutInMinutes),
                flag("forceUpdate", forceUpdate));
    }

    @GET
    @Path("/{companyId}/push")
    public Page<PushOperation> list(
            @PathParam("companyId") String companyId,
            @QueryParam("page") @DefaultValue("" + PageRequest.DEFAULT_PAGE) @WholeNumber(min = 1) String page,
            @QueryParam("pageSize") @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE)
            @WholeNumber(min = 1, max = PageRequest.MAX_PAGE_SIZE) String pageSize,
            @QueryParam("query") String query,
            @QueryParam("orderBy") String orderBy) {
        String id = platform.require(companyId).id();
        PageRequest request = PlatformResource.request(page, pageSize);
        Optional<Query<PushOperation>> filter = Query.parse(query, PushOperationProperties.TABLE);
        Optional<OrderBy<PushOperation>> order = OrderBy.parse(orderBy, PushOperationProperties.TABLE);
        List<PushOperation> selected = new ArrayList<>(operations.operations(id));
        filter.ifPresent(q -> selected.removeIf(operation -> !q.test(operation)));
        order.ifPresent(o -> selected.sort((a, b) -> o.compareKeys(o.key(a), o.key(b))));
        Map<String, String> kept = new LinkedHashMap<>();
        filter.ifPresent(q -> kept.put("query", query));
        order.ifPresent(o -> kept.put("orderBy", orderBy));
        return Paginator.page(selected, request, "/companies/" + id + "/push", kept);
    }

    @GET
    @Path("/{companyId}/push/{pushOperationKey}")
    public PushOperation get(@PathParam("companyId") String companyId,
                             @PathParam("pushOperationKey") String pushOperationKey) {
        return operations.operation(companyId, pushOperationKey).orElseThrow(() -> CodatApiException.notFound(
                "Push operation '" + pushOperationKey + "' was not found for company '" + companyId + "'."));
    }

    private static Integer minutes(String timeoutInMinutes) {
        return timeoutInMinutes == null || timeoutInMinutes.isEmpty() ? null
                : WholeNumbers.parse(timeoutInMinutes).orElseThrow();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new CodatApiException(400, "Invalid value '" + value + "' for query parameter '" + name
                + "': must be true or false.");
    }
}
