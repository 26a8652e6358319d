package dev.codatsandbox.client;

/**
 * One company of the sandbox, as a test's own: its faults, journal and push operations are scoped to it, so that
 * tests running at once on one sandbox, each with a company of its own ({@link SandboxClient#newCompany()}), never see
 * each other's faults or requests. {@link #close()} deletes its fault rules and scripted push outcomes; the company
 * itself stays until the sandbox is reset.
 */
public final class SandboxCompany implements AutoCloseable {

    private final Http http;
    private final SandboxClient client;
    private final String id;
    private final Faults faults;
    private final Journal journal;
    private final Push push;

    SandboxCompany(Http http, SandboxClient client, String id) {
        this.http = http;
        this.client = client;
        this.id = id;
        this.faults = new Faults(http, id);
        this.journal = new Journal(http, id);
        this.push = new Push(http, id);
    }

    /** The company's id, as Codat's paths take it. */
    public String id() {
        return id;
    }

    /** The company's Customers list URL: {@code <base>/companies/<id>/data/customers}. */
    public String customersUrl() {
        return client.baseUrl() + "/companies/" + Http.segment(id) + "/data/customers";
    }

    /** This company's fault rules: every rule added here names it. */
    public Faults faults() {
        return faults;
    }

    /** This company's requests in the journal. */
    public Journal journal() {
        return journal;
    }

    /** This company's push outcomes and operations. */
    public Push push() {
        return push;
    }

    /** The company as the admin API lists it. */
    public AdminCompany describe() {
        return client.companies().get(id);
    }

    /** Replaces the company's data with {@code fixture} (given another id, it is put under this one). */
    public AdminCompany put(CompanyFixture fixture) {
        return client.companies().put(fixture.id(id));
    }

    /** The company's data now, as a fixture file. */
    public CompanyFixture export() {
        return client.companies().export(id, false);
    }

    /** Deletes this company's fault rules and scripted push outcomes. */
    @Override
    public void close() {
        faults.clear();
        try {
            push.clearScripted();
        } catch (SandboxException gone) {
            if (gone.statusCode() != 404) {
                throw gone;
            }
        }
    }

    @Override
    public String toString() {
        return "company " + id + " of " + client.baseUrl();
    }
}
