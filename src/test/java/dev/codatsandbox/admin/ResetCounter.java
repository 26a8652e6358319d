package dev.codatsandbox.admin;

import dev.codatsandbox.lifecycle.SandboxReset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the {@link SandboxReset} events fired, as a capability with run-time state would observe them. */
@ApplicationScoped
public class ResetCounter {

    private final AtomicInteger resets = new AtomicInteger();

    void onReset(@Observes SandboxReset reset) {
        resets.incrementAndGet();
    }

    public int count() {
        return resets.get();
    }
}
