package dev.codatsandbox.client.junit;

import dev.codatsandbox.client.SandboxClient;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox serving a test run, kept in the root {@link ExtensionContext}'s store so that every test class shares it,
 * and closed (the process or container stopped; nothing for a URL given) when the run ends.
 */
@SuppressWarnings("deprecation")
final class RunningSandbox implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final String source;
    private final SandboxClient client;
    private final AutoCloseable owner;

    RunningSandbox(String source, SandboxClient client, AutoCloseable owner) {
        this.source = source;
        this.client = client;
        this.owner = owner;
    }

    String source() {
        return source;
    }

    SandboxClient client() {
        return client;
    }

    @Override
    public void close() throws Exception {
        if (owner != null) {
            owner.close();
        }
    }
}
