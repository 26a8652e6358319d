package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The fixture folder the sandbox reads and every company it lists, as a reset, a reload or a listing answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SandboxState(String fixturesDir, List<AdminCompany> companies) {

    /** The list is never null. */
    public SandboxState {
        companies = companies == null ? List.of() : List.copyOf(companies);
    }
}
