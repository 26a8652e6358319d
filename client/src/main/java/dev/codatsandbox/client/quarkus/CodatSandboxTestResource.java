package dev.codatsandbox.client.quarkus;

import dev.codatsandbox.client.testcontainers.CodatSandboxContainer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * For a Quarkus project's tests: starts the sandbox in a container before the application and hands the application
 * its base URL as {@code codat.base-url}, or the property named by the {@code property} argument. Arguments
 * ({@code @WithTestResource(value = CodatSandboxTestResource.class, initArgs = ...)}): {@code image}, {@code seed},
 * {@code fixtures} (a folder), {@code property}.
 */
public class CodatSandboxTestResource implements QuarkusTestResourceLifecycleManager {

    private Map<String, String> args = Map.of();
    private CodatSandboxContainer container;

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        container = new CodatSandboxContainer(args.getOrDefault("image", CodatSandboxContainer.defaultImage()));
        if (args.containsKey("seed")) {
            container.withSeed(Long.parseLong(args.get("seed")));
        }
        if (args.containsKey("fixtures")) {
            container.withFixtures(Path.of(args.get("fixtures")));
        }
        container.start();
        return Map.of(args.getOrDefault("property", "codat.base-url"), container.getBaseUrl());
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    /** The running container, for a test that wants its client. */
    public CodatSandboxContainer container() {
        return container;
    }
}
