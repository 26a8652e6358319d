package dev.codatsandbox.companies;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness check behind {@code /q/health/ready}: UP once the {@link CompanyDirectory} holds the sandbox's data,
 * so a container platform or a test harness sends no request before the answers are the configured ones.
 */
@Readiness
@ApplicationScoped
public class SandboxDataReadiness implements HealthCheck {

    static final String NAME = "sandbox-data";

    private final CompanyDirectory companies;

    SandboxDataReadiness(CompanyDirectory companies) {
        this.companies = companies;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(companies.ready())
                .withData("configuredCompanies", companies.configuredIds().size())
                .build();
    }
}
