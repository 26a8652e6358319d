package dev.codatsandbox.platform;

/**
 * Fired (as a CDI event) when {@code POST /companies} has made a company, with the company as Codat's Platform
 * shows it; whoever tells the outside world (webhooks) observes it.
 */
public record CompanyCreated(Company company) {
}
