package dev.codatsandbox.api;

import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.companies.Company;
import dev.codatsandbox.companies.CompanyDirectory;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Codat's Customers read endpoints. */
@Path("/companies/{companyId}/data/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    private final CompanyDirectory companies;

    CustomersResource(CompanyDirectory companies) {
        this.companies = companies;
    }

    @GET
    public Page<Customer> list(
            @PathParam("companyId") String companyId,
            @QueryParam("page") @DefaultValue("" + PageRequest.DEFAULT_PAGE) @WholeNumber(min = 1) String page,
            @QueryParam("pageSize") @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE)
            @WholeNumber(min = 1, max = PageRequest.MAX_PAGE_SIZE) String pageSize) {
        Company company = company(companyId);
        PageRequest request = new PageRequest(WholeNumbers.parse(page).orElseThrow(),
                WholeNumbers.parse(pageSize).orElseThrow());
        return Paginator.page(company.customers(), request, "/companies/" + company.id() + "/data/customers");
    }

    @GET
    @Path("/{customerId}")
    public Customer get(@PathParam("companyId") String companyId, @PathParam("customerId") String customerId) {
        return company(companyId).customer(customerId).orElseThrow(() -> CodatApiException.notFound(
                "Customer '" + customerId + "' was not found for company '" + companyId + "'."));
    }

    private Company company(String companyId) {
        return companies.find(companyId).orElseThrow(() -> CodatApiException.notFound(
                "Company '" + companyId + "' was not found."));
    }
}
