package dev.codatsandbox.client;

/**
 * The sandbox's companies through the admin API ({@code /_sandbox/companies}): list, read, put a fixture, export,
 * delete.
 */
public final class Companies {

    private final Http http;

    Companies(Http http) {
        this.http = http;
    }

    /** The fixture folder and every listed company. */
    public SandboxState list() {
        return Json.read(http.admin("GET", "/_sandbox/companies", null), SandboxState.class);
    }

    /** One company (a first-use UUID one too). */
    public AdminCompany get(String id) {
        return Json.read(http.admin("GET", path(id), null), AdminCompany.class);
    }

    /** Creates or replaces the company {@code fixture.id()} with the fixture, all or nothing. */
    public AdminCompany put(CompanyFixture fixture) {
        if (fixture.id() == null) {
            throw new IllegalArgumentException("A fixture to put needs an id.");
        }
        return Json.read(http.admin("PUT", path(fixture.id()), fixture.toJson()), AdminCompany.class);
    }

    /** The company's data now as a fixture file; {@code expand} writes generated customers out one by one. */
    public CompanyFixture export(String id, boolean expand) {
        return CompanyFixture.fromJson(http.admin("GET", path(id) + "/fixture" + (expand ? "?expand=true" : ""),
                null));
    }

    /** Deletes the company until the next reset; answers it as it was. */
    public AdminCompany delete(String id) {
        return Json.read(http.admin("DELETE", path(id), null), AdminCompany.class);
    }

    private static String path(String id) {
        return "/_sandbox/companies/" + Http.segment(id);
    }
}
