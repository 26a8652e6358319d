package dev.codatsandbox.push;

import dev.codatsandbox.model.CompanyIds;
import dev.codatsandbox.pipeline.Pipeline;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Before any request about a company ({@code /companies/{companyId}/…}) is served, completes that company's push
 * operations that are due by the sandbox clock: so a read of customers, operations or the company sees every push
 * that has completed by then, without a background thread.
 */
public class PushSettling {

    private final PushOperations operations;

    PushSettling(PushOperations operations) {
        this.operations = operations;
    }

    @ServerRequestFilter(priority = Pipeline.PUSH_SETTLING)
    public void settleDuePushes(ContainerRequestContext request) {
        String companyId = CompanyIds.inPath(request.getUriInfo().getPath());
        if (companyId != null) {
            operations.settle(CompanyIds.normalise(companyId));
        }
    }
}
