package dev.codatsandbox.push;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before any request about a company ({@code /companies/{companyId}/…}) is served, completes that company's push
 * operations that are due by the sandbox clock: so a read of customers, operations or the company sees every push
 * that has completed by then, without a background thread.
 */
public class PushSettling {

    private static final Pattern COMPANY_PATH = Pattern.compile("^/companies/([^/]+)(/.*)?$");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final PushOperations operations;

    PushSettling(PushOperations operations) {
        this.operations = operations;
    }

    @ServerRequestFilter
    public void settleDuePushes(ContainerRequestContext request) {
        Matcher matcher = COMPANY_PATH.matcher(request.getUriInfo().getPath());
        if (matcher.matches()) {
            String companyId = matcher.group(1);
            operations.settle(UUID_FORM.matcher(companyId).matches() ? companyId.toLowerCase(Locale.ROOT) : companyId);
        }
    }
}
