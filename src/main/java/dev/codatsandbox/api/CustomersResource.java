package dev.codatsandbox.api;

import dev.codatsandbox.requests.WholeNumbers;

import dev.codatsandbox.requests.WholeNumber;

import dev.codatsandbox.companies.CompanyData;
import dev.codatsandbox.companies.CompanyDirectory;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.faults.DataFaults;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import dev.codatsandbox.query.CustomerProperties;
import dev.codatsandbox.query.OrderBy;
import dev.codatsandbox.query.Query;
import dev.codatsandbox.query.QueryResults;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codat's Customers read endpoints. The list filters ({@code query}) and orders ({@code orderBy}) before it pages;
 * without either it reads only the page it serves. Rooted at {@code /companies}, like every resource under it, so
 * that the server routes all of them as one: a method a path does not take is a 405 whichever resource serves it.
 */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Codat's Accounting API Customers endpoints")
@APIResponse(responseCode = "401", description = "No API key, or one not accepted",
        content = @Content(schema = @Schema(implementation = CodatError.class)))
@APIResponse(responseCode = "404", description = "Unknown company or customer",
        content = @Content(schema = @Schema(implementation = CodatError.class)))
public class CustomersResource {

    private final CompanyDirectory companies;
    private final QueryResults queries;
    private final DataFaults dataFaults;

    CustomersResource(CompanyDirectory companies, QueryResults queries, DataFaults dataFaults) {
        this.companies = companies;
        this.queries = queries;
        this.dataFaults = dataFaults;
    }

    @Operation(operationId = "list-accounting-customers", summary = "List customers")
    @APIResponse(responseCode = "200", description = "One page of the company's customers, in Codat's envelope")
    @APIResponse(responseCode = "400", description = "A bad query parameter, named in the message",
            content = @Content(schema = @Schema(implementation = CodatError.class)))
    @GET
    @Path("/{companyId}/data/customers")
    public Uni<Page<Customer>> list(
            @PathParam("companyId") String companyId,
            @QueryParam("page") @DefaultValue("" + PageRequest.DEFAULT_PAGE) @WholeNumber(min = 1) String page,
            @QueryParam("pageSize") @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE)
            @WholeNumber(min = 1, max = PageRequest.MAX_PAGE_SIZE) String pageSize,
            @QueryParam("query") String query,
            @QueryParam("orderBy") String orderBy) {
        CompanyData company = company(companyId);
        PageRequest request = new PageRequest(WholeNumbers.parse(page).orElseThrow(),
                WholeNumbers.parse(pageSize).orElseThrow());
        Optional<Query<Customer>> filter = Query.parse(query, CustomerProperties.TABLE);
        Optional<OrderBy<Customer>> order = OrderBy.parse(orderBy, CustomerProperties.TABLE);
        if (filter.isEmpty() && order.isEmpty() && request.pageSize() <= PageRequest.DEFAULT_PAGE_SIZE) {
            return Uni.createFrom().item(page(company, request, filter, order, query, orderBy));
        }
        return Uni.createFrom().item(() -> page(company, request, filter, order, query, orderBy))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * The page to serve. Its customers are drawn and written when the page is written, on the thread that produced
     * it: {@link #list} produces a page of up to the default size, with no query or order, on the event loop (its
     * cost is a look-up, or drawing and writing at most a hundred customers: well under a millisecond), and any
     * other page on a worker thread, as a query or a large page may take much longer.
     */
    private Page<Customer> page(CompanyData company, PageRequest request, Optional<Query<Customer>> filter,
                                Optional<OrderBy<Customer>> order, String query, String orderBy) {
        CustomerList customers = company.customers();
        List<Customer> listed = dataFaults.customers(company, customers);
        List<Customer> selected = queries.select("customers of " + company.id(),
                dataFaults.contentKey(listed, customers.contentKey()), listed, filter, order);
        Map<String, String> kept = new LinkedHashMap<>();
        filter.ifPresent(q -> kept.put("query", query));
        order.ifPresent(o -> kept.put("orderBy", orderBy));
        return dataFaults.served(company,
                Paginator.page(selected, request, "/companies/" + company.id() + "/data/customers", kept));
    }

    @Operation(operationId = "get-accounting-customer", summary = "Get customer")
    @APIResponse(responseCode = "200", description = "The customer")
    @GET
    @NonBlocking
    @Path("/{companyId}/data/customers/{customerId}")
    public Customer get(@PathParam("companyId") String companyId, @PathParam("customerId") String customerId) {
        CompanyData company = company(companyId);
        dataFaults.requireNotVanished(company, customerId);
        return company.customer(customerId).orElseThrow(() -> CodatApiException.notFound(
                "Customer '" + customerId + "' was not found for company '" + companyId + "'."));
    }

    private CompanyData company(String companyId) {
        return companies.find(companyId).orElseThrow(() -> CodatApiException.notFound(
                "Company '" + companyId + "' was not found."));
    }
}
