package dev.codatsandbox;

import dev.codatsandbox.generator.Generators;
import dev.codatsandbox.lifecycle.ReadinessProbe;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The server's entry point. With the single argument {@code --healthcheck} it does not start a server: it asks
 * the one already running in the same container whether it is ready, and exits 0 or 1, so that a container's
 * health check needs no curl in a minimal image (the native one has none).
 */
@QuarkusMain
public final class Sandbox {

    private Sandbox() {
    }

    public static void main(String... args) {
        if (args.length == 1 && "--healthcheck".equals(args[0])) {
            System.exit(ReadinessProbe.check(System.getenv()) ? 0 : 1);
        }
        Generators.preload();
        Quarkus.run(args);
    }
}
