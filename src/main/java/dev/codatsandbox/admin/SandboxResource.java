package dev.codatsandbox.admin;

import dev.codatsandbox.lifecycle.SandboxReset;

import dev.codatsandbox.companies.CompanyDirectory;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Reset and reload: back to what the fixture files, seed and configuration give. Both fire {@link SandboxReset},
 * so every capability with run-time state (the companies directory among them) drops it.
 */
@Path("/_sandbox")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxResource {

    private final CompanyDirectory companies;
    private final Event<SandboxReset> resets;

    SandboxResource(CompanyDirectory companies, Event<SandboxReset> resets) {
        this.companies = companies;
        this.resets = resets;
    }

    /** Every company back to the loaded fixture files and the generator; every run-time change dropped. */
    @POST
    @Path("/reset")
    public SandboxState reset() {
        resets.fire(new SandboxReset());
        return state();
    }

    /**
     * Reads the fixture folder again, all or nothing: a bad file answers 400 with every problem and leaves the
     * served data as it was; otherwise the new files are served and every run-time change is dropped.
     */
    @POST
    @Path("/reload")
    public SandboxState reload() {
        companies.reload();
        resets.fire(new SandboxReset());
        return state();
    }

    private SandboxState state() {
        return new SandboxState(companies.folder().path().toString(),
                companies.listed().stream().map(AdminCompany::of).toList());
    }
}
