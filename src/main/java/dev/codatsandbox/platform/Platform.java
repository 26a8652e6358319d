package dev.codatsandbox.platform;

import dev.codatsandbox.clock.SandboxClock;
import dev.codatsandbox.companies.CompanyDirectory;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.lifecycle.SandboxReset;
import dev.codatsandbox.model.CompanyProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codat's Platform view of the sandbox's companies: each company, with one linked accounting connection to the
 * sandbox's platform (its id a function of the seed and the company), whose customers are fully synced.
 *
 * <p>{@code GET /companies} lists the configured companies, then those made by {@code POST /companies} in creation
 * order; a company generated on first use exists (it answers {@code GET /companies/{id}}) but is not listed, as
 * there is no end to them. A made company's id is a function of the seed and the creation order, so the same calls
 * give the same ids; a reset forgets made companies and starts the order again.
 */
@ApplicationScoped
public class Platform {

    /** Codat's key of its sandbox accounting integration. */
    public static final String INTEGRATION_KEY = "mqjo";
    public static final String PLATFORM_NAME = "Codat Sandbox";
    /** When a company without a creation date was created in Codat: before any generated customer's dates. */
    static final Instant CONFIGURED_CREATED = Instant.parse("2019-01-01T00:00:00Z");
    /** Their customers' last successful sync: after every generated customer's {@code modifiedDate}. */
    static final Instant CONFIGURED_LAST_SYNC = Instant.parse("2025-11-01T00:00:00Z");
    private static final Pattern FORBIDDEN_IN_NAME = Pattern.compile("[^A-Za-z0-9\\s\\-',&@.?!]");

    private final CompanyDirectory directory;
    private final SandboxClock clock;
    private final Event<CompanyCreated> created;
    private final DerivedIds ids;
    private final List<String> configuredIds;
    private final Map<String, Made> made = new LinkedHashMap<>();
    private long createdCount;

    /** A company made by {@code POST /companies}. */
    private record Made(String id, String name, String description, Instant created) {
    }

    Platform(CompanyDirectory directory, SandboxClock clock, SandboxConfig config, Event<CompanyCreated> created) {
        this.directory = directory;
        this.clock = clock;
        this.created = created;
        this.ids = new DerivedIds(config.seed());
        Set<String> configured = new LinkedHashSet<>();
        configured.add(config.companies().defaultId());
        config.companies().ids().ifPresent(configured::addAll);
        this.configuredIds = List.copyOf(configured);
    }

    /** The company with this id, or Codat's 404. */
    public dev.codatsandbox.companies.CompanyData require(String companyId) {
        return directory.find(companyId).orElseThrow(() -> CodatApiException.notFound(
                "No company was found with ID " + companyId + "."));
    }

    /** The company's connection with this id, or Codat's 404 (for an unknown company or connection). */
    public Connection requireConnection(String companyId, String connectionId) {
        dev.codatsandbox.companies.CompanyData company = require(companyId);
        Connection connection = connection(company.id());
        if (!connection.id().equals(connectionId.toLowerCase(Locale.ROOT))) {
            throw CodatApiException.notFound("Data connection " + connectionId + " not found.");
        }
        return connection;
    }

    public Company company(String companyId) {
        dev.codatsandbox.companies.CompanyData company = require(companyId);
        Made madeCompany;
        synchronized (this) {
            madeCompany = made.get(company.id());
        }
        if (madeCompany != null) {
            return new Company(madeCompany.id(), madeCompany.name(), madeCompany.description(), redirect(company.id()),
                    madeCompany.created(), List.of(connection(company.id())), madeCompany.created(), null,
                    List.of(), Map.of(), null, List.of());
        }
        CompanyProfile profile = company.profile();
        return new Company(company.id(), profile.name(), profile.description(), redirect(company.id()),
                CONFIGURED_LAST_SYNC, List.of(connection(company.id())), profile.created(),
                profile.createdByUserName(), profile.products(), profile.tags(), profile.referenceParentCompany(),
                profile.referenceSubsidiaryCompanies());
    }

    /** The configured companies, then those made at run time, in creation order. */
    public List<Company> companies() {
        List<String> all = new ArrayList<>(configuredIds);
        synchronized (this) {
            all.addAll(made.keySet());
        }
        return all.stream().map(this::company).toList();
    }

    /**
     * Makes a company named so, Codat's characters not allowed in a name removed, and fires {@link CompanyCreated};
     * when the directory has no room for it ({@code sandbox.companies.max-held}), Codat's 402 and nothing made, the
     * creation order unchanged.
     */
    public Company create(CompanyRequest request) {
        String name = request == null || request.name() == null ? ""
                : FORBIDDEN_IN_NAME.matcher(request.name()).replaceAll("").strip();
        if (name.isEmpty() || name.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new CodatApiException(400, "Company 'name' is required: at least one letter or digit.");
        }
        String id;
        synchronized (this) {
            id = ids.createdCompany(createdCount);
            directory.register(id, name);
            createdCount++;
            made.put(id, new Made(id, name, request.description() == null ? "" : request.description(), clock.now()));
        }
        Company company = company(id);
        created.fire(new CompanyCreated(company));
        return company;
    }

    public Connection connection(String companyId) {
        Instant created;
        Instant lastSync;
        synchronized (this) {
            Made madeCompany = made.get(companyId);
            created = madeCompany != null ? madeCompany.created() : directory.find(companyId)
                    .map(company -> company.profile().created()).orElse(CONFIGURED_CREATED);
            lastSync = madeCompany == null ? CONFIGURED_LAST_SYNC : madeCompany.created();
        }
        String id = ids.connection(companyId);
        return new Connection(id, ids.connection("integration:" + INTEGRATION_KEY), INTEGRATION_KEY,
                ids.connection("source:" + INTEGRATION_KEY), PLATFORM_NAME,
                "https://link-api.codat.io/companies/" + companyId + "/connections/" + id + "/start", "Linked",
                lastSync, created, "Accounting");
    }

    /** The company's data statuses: customers, complete. */
    public Map<String, DataStatus> dataStatus(String companyId) {
        Connection connection = connection(require(companyId).id());
        String syncId = ids.connection("customers-sync:" + connection.id());
        return Map.of("customers", new DataStatus("customers", connection.lastSync(), "Complete", syncId, syncId));
    }

    private static String redirect(String companyId) {
        return "https://link.codat.io/company/" + companyId;
    }

    synchronized void onReset(@Observes SandboxReset reset) {
        made.keySet().forEach(directory::forget);
        made.clear();
        createdCount = 0;
    }
}
