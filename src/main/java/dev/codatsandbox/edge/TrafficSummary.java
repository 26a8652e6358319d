package dev.codatsandbox.edge;

import dev.codatsandbox.config.SandboxConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Logs one INFO line per {@code sandbox.edge.log-summary-seconds} summing up the HTTP traffic of that interval, and
 * nothing in an interval without traffic. Single requests are logged at DEBUG (category
 * {@code dev.codatsandbox.edge}), so the log grows by at most one line per interval whatever callers send.
 */
@ApplicationScoped
public class TrafficSummary {

    private static final Logger LOG = Logger.getLogger(TrafficSummary.class);

    private final long intervalSeconds;
    private ScheduledExecutorService timer;

    TrafficSummary(SandboxConfig config) {
        this.intervalSeconds = config.edge().logSummarySeconds();
    }

    void start(@Observes StartupEvent started) {
        TrafficLog.SHARED.drain();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sandbox-traffic-summary");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::log, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent stopped) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void log() {
        TrafficLog.Summary summary = TrafficLog.SHARED.drain();
        if (!summary.quiet()) {
            LOG.infof("Last %d s: %d requests answered 2xx, %d 1xx/3xx, %d 4xx, %d 5xx; %d unreadable requests;"
                            + " %d connections open", intervalSeconds, summary.success(),
                    summary.redirectOrInformational(), summary.clientErrors(), summary.serverErrors(),
                    summary.malformed(), summary.openConnections());
        }
    }
}
