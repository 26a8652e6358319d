package dev.codatsandbox.platform;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of {@code POST /companies}: Codat's {@code CompanyRequestBody} (its {@code tags} are not kept). */
@RegisterForReflection
public record CompanyRequest(String name, String description) {
}
