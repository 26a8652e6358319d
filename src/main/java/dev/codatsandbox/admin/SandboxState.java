package dev.codatsandbox.admin;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * What the sandbox serves: the fixture folder it reads and every company it lists (companies generated on first
 * use appear once a run-time change holds them).
 */
@RegisterForReflection
@JsonPropertyOrder({"fixturesDir", "companies"})
public record SandboxState(String fixturesDir, List<AdminCompany> companies) {
}
