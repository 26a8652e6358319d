package dev.codatsandbox.admin;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.codatsandbox.companies.CompanyDirectory;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Locale;

/**
 * A company as the admin API describes it: id, name, where it comes from ({@code configuration},
 * {@code fixture-file}, {@code admin}, {@code first-use}), its fixture file if any, how many customers it holds now
 * and whether run-time changes were made to it since the last reset.
 */
@RegisterForReflection
@JsonPropertyOrder({"id", "name", "source", "file", "customers", "changed"})
public record AdminCompany(String id, String name, String source, String file, int customers, boolean changed) {

    static AdminCompany of(CompanyDirectory.Listed listed) {
        return new AdminCompany(listed.company().id(), listed.company().name(),
                listed.source().name().toLowerCase(Locale.ROOT).replace('_', '-'), listed.file(),
                listed.company().customers().size(), listed.company().changed());
    }
}
