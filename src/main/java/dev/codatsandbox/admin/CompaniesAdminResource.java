package dev.codatsandbox.admin;

import dev.codatsandbox.companies.CompanyDirectory;
import dev.codatsandbox.companies.FixtureWriter;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.fixturefiles.FixtureProblem;
import dev.codatsandbox.fixturefiles.FixtureReader;
import dev.codatsandbox.fixturefiles.FixturesRejectedException;
import dev.codatsandbox.model.CompanyIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The sandbox's data admin API: list companies, put a company's whole fixture, delete a company, export a company
 * as a fixture file. Nothing here writes to the fixture folder; a reset or reload drops what was put or deleted.
 */
@Path("/_sandbox/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompaniesAdminResource {

    static final String REQUEST_BODY = "request body";

    private final CompanyDirectory companies;
    private final FixtureReader reader;
    private final FixtureWriter writer;

    CompaniesAdminResource(CompanyDirectory companies, FixtureReader reader, FixtureWriter writer) {
        this.companies = companies;
        this.reader = reader;
        this.writer = writer;
    }

    @GET
    public SandboxState list() {
        return new SandboxState(companies.folder().path().toString(),
                companies.listed().stream().map(AdminCompany::of).toList());
    }

    @GET
    @Path("/{companyId}")
    public AdminCompany get(@PathParam("companyId") String companyId) {
        return AdminCompany.of(listed(companyId));
    }

    /** Replaces (or creates) the company with the fixture in the body, all or nothing. */
    @PUT
    @Path("/{companyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminCompany put(@PathParam("companyId") String companyId, InputStream body) throws IOException {
        String key = usable(companyId);
        FixtureReader.Result result = reader.read(REQUEST_BODY, body.readAllBytes(), companies.folder().path());
        if (!result.valid()) {
            throw new FixturesRejectedException("The fixture for company '" + companyId + "'", result.problems());
        }
        if (!result.fixture().id().equals(key)) {
            throw new FixturesRejectedException("The fixture for company '" + companyId + "'", List.of(
                    new FixtureProblem(REQUEST_BODY, "$.id", "'" + result.fixture().id() + "' is not the company id '"
                            + companyId + "' of the URL.", "CompanyId")));
        }
        companies.put(result.fixture());
        return get(key);
    }

    @DELETE
    @Path("/{companyId}")
    public AdminCompany delete(@PathParam("companyId") String companyId) {
        AdminCompany deleted = AdminCompany.of(listed(companyId));
        companies.delete(companyId);
        return deleted;
    }

    /**
     * The company's current customers as a fixture file; generated customers as their count and seed unless
     * {@code expand=true} writes every one.
     */
    @GET
    @Path("/{companyId}/fixture")
    @APIResponse(responseCode = "200", description = "The company as a fixture file (docs/fixtures.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public StreamingOutput export(@PathParam("companyId") String companyId, @QueryParam("expand") boolean expand) {
        CompanyDirectory.Listed listed = listed(companyId);
        return out -> writer.write(listed.company(), expand, out);
    }

    private CompanyDirectory.Listed listed(String companyId) {
        usable(companyId);
        return companies.listed(companyId).orElseThrow(() -> CodatApiException.notFound(
                "Company '" + companyId + "' was not found."));
    }

    private static String usable(String companyId) {
        if (!CompanyIds.usableInUrl(companyId)) {
            throw new CodatApiException(400, "Company id '" + companyId + "' is not usable in a URL path: use 1 to"
                    + " 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.");
        }
        return CompanyIds.normalise(companyId);
    }
}
