package dev.codatsandbox.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.codatsandbox.clock.ClockAdvance;
import dev.codatsandbox.clock.ClockState;
import dev.codatsandbox.clock.SandboxClock;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.requests.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;

/**
 * The sandbox clock: read it, freeze it, set it and advance it. Freezing or setting it makes the times the sandbox
 * stamps (pushed customers' {@code modifiedDate}, push operations' {@code requestedOnUtc} and {@code completedOnUtc})
 * the same on every run; advancing a frozen clock is what completes pending push operations.
 */
@Path("/_sandbox/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockAdminResource {

    private final SandboxClock clock;
    private final JsonBodies bodies;

    ClockAdminResource(SandboxClock clock, JsonBodies bodies) {
        this.clock = clock;
        this.bodies = bodies;
    }

    @GET
    public ClockState get() {
        return state();
    }

    /** Sets the clock: {@code now} puts it at that instant, {@code frozen} stops or restarts it. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockState set(String body) {
        ClockState wanted = bodies.read(body, new TypeReference<ClockState>() { },
                "a clock such as {\"now\": \"2030-01-01T00:00:00Z\", \"frozen\": true}");
        if (wanted == null || (wanted.now() == null && wanted.frozen() == null)) {
            throw new CodatApiException(400, "Give the clock's 'now' (an ISO 8601 instant), 'frozen' (true or false),"
                    + " or both.");
        }
        synchronized (clock) {
            if (Boolean.TRUE.equals(wanted.frozen())) {
                clock.freeze();
            }
            if (wanted.now() != null) {
                clock.set(wanted.now());
            }
            if (Boolean.FALSE.equals(wanted.frozen())) {
                clock.unfreeze();
            }
            return state();
        }
    }

    @POST
    @Path("/freeze")
    public ClockState freeze() {
        clock.freeze();
        return state();
    }

    @POST
    @Path("/unfreeze")
    public ClockState unfreeze() {
        clock.unfreeze();
        return state();
    }

    @POST
    @Path("/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockState advance(String body) {
        ClockAdvance advance = bodies.read(body, new TypeReference<ClockAdvance>() { },
                "an advance such as {\"byMs\": 60000}");
        if (advance == null || advance.byMs() == null) {
            throw new CodatApiException(400, "Give 'byMs', the milliseconds to move the clock by.");
        }
        clock.advance(Duration.ofMillis(advance.byMs()));
        return state();
    }

    /** Back to real time, running. */
    @DELETE
    public ClockState realTime() {
        clock.reset();
        return state();
    }

    private ClockState state() {
        synchronized (clock) {
            return new ClockState(clock.now(), clock.frozen());
        }
    }
}
