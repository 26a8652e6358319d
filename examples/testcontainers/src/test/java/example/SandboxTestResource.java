package example;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * For a Quarkus project: starts the sandbox before the application under test and points its Codat client at it.
 * Use it with {@code @QuarkusTestResource(SandboxTestResource.class)} (or {@code @WithTestResource}); the
 * property it sets ({@code codat.base-url}) is the one the application's REST client reads.
 */
public class SandboxTestResource implements QuarkusTestResourceLifecycleManager {

    private CodatSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = new CodatSandbox();
        sandbox.start();
        return Map.of("codat.base-url", sandbox.baseUrl());
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
