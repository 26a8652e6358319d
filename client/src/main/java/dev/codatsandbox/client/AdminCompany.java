package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A company as the admin API lists it: id, name, where it comes from ({@code configuration}, {@code fixture-file},
 * {@code admin}, {@code first-use}), its fixture file, how many customers it holds and whether it was changed while
 * the sandbox ran.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminCompany(String id, String name, String source, String file, int customers, boolean changed) {
}
