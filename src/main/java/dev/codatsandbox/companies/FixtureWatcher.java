package dev.codatsandbox.companies;

import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.fixturefiles.FixturesRejectedException;
import dev.codatsandbox.lifecycle.SandboxReset;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The dev loop: when {@code sandbox.fixtures.watch} is on (it is in dev mode), checks the fixture folder every
 * {@code sandbox.fixtures.watch-interval-ms} and, when a file was added, edited or removed, reloads it as the
 * admin reload does (all or nothing, run-time changes dropped, {@link SandboxReset} fired). A folder with a problem
 * is logged with every problem and the previous data kept. A check compares file names, sizes and modification
 * times, so an idle folder costs a directory listing.
 */
@Startup
@ApplicationScoped
public class FixtureWatcher {

    private static final Logger LOG = Logger.getLogger(FixtureWatcher.class);

    private final CompanyDirectory companies;
    private final Event<SandboxReset> resets;
    private final ScheduledExecutorService checks;
    private volatile String signature;

    FixtureWatcher(SandboxConfig config, CompanyDirectory companies, Event<SandboxReset> resets) {
        this.companies = companies;
        this.resets = resets;
        if (!config.fixtures().watch()) {
            this.checks = null;
            return;
        }
        this.signature = companies.folder().signature();
        this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fixture-watch");
            thread.setDaemon(true);
            return thread;
        });
        int interval = config.fixtures().watchIntervalMs();
        checks.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
        LOG.infof("Watching fixture folder %s for changes every %d ms", companies.folder().path(), interval);
    }

    void check() {
        String now = companies.folder().signature();
        if (now.equals(signature)) {
            return;
        }
        signature = now;
        try {
            int count = companies.reload().size();
            resets.fire(new SandboxReset());
            LOG.infof("Fixture folder %s changed: reloaded, %d companies listed", companies.folder().path(), count);
        } catch (FixturesRejectedException e) {
            LOG.errorf("Fixture folder changed but was not reloaded; the previous data is still served. %s",
                    e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Fixture folder changed but could not be reloaded; the previous data is still served", e);
        }
    }

    @PreDestroy
    void stop() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }
}
