package dev.codatsandbox.paging;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of {@code _links}: a path relative to the API root. */
@RegisterForReflection
public record Link(String href) {
}
