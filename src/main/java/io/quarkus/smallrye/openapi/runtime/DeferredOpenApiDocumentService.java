package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI extension's document service, making each document on its first request ({@code /q/openapi}, and
 * Swagger UI, which reads it) instead of while the server starts. Quarkus' OpenAPI extension (3.37) reads the document
 * generated at build time, filters it and writes it as JSON and as YAML at start, a fifth to a third of the main
 * thread's start-up on the JVM and in the native executable, for an endpoint few runs ask for (later Quarkus versions
 * defer it too: quarkusio/quarkus#54826). The document is made by the extension's own code from the same inputs, so
 * its bytes are the same; only the moment changes. A document with filters that must run at start (stages
 * {@code RUN} and {@code RUNTIME_STARTUP}) is still made at start.
 *
 * <p>It is a CDI alternative to the extension's bean, in the extension's package because the preparation it defers is
 * package-private there; it goes when the extension defers the work itself. It is part of the production build (the
 * jar and the native executable) only: tests and dev mode load the application and the extension with class loaders
 * of their own, across which a package-private method cannot be overridden. The integration tests, which run the
 * jar and the native executable, read the document from it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable
@IfBuildProfile("prod")
public class DeferredOpenApiDocumentService extends OpenApiDocumentService {

    /** The arguments of one document's preparation, as the extension's start-up step gave them. */
    private record Preparation(AutoSecurityFilter autoSecurityFilter,
                               Map<OpenApiFilter.RunStage, List<String>> filters, String documentName) {
    }

    private final List<Preparation> deferred = new ArrayList<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
                                      Map<OpenApiFilter.RunStage, List<String>> filters, String documentName) {
        if (runsAtStart(filters)) {
            super.prepareDocument(autoSecurityFilter, filters, documentName);
        } else {
            deferred.add(new Preparation(autoSecurityFilter, filters, documentName));
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        synchronized (this) {
            for (Preparation preparation : deferred) {
                super.prepareDocument(preparation.autoSecurityFilter(), preparation.filters(),
                        preparation.documentName());
            }
            deferred.clear();
        }
        return super.getDocument(documentName, format);
    }

    private static boolean runsAtStart(Map<OpenApiFilter.RunStage, List<String>> filters) {
        return !filters.getOrDefault(OpenApiFilter.RunStage.RUNTIME_STARTUP, List.of()).isEmpty()
                || !filters.getOrDefault(OpenApiFilter.RunStage.RUN, List.of()).isEmpty();
    }
}
