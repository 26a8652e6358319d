package dev.codatsandbox.pipeline;

import jakarta.ws.rs.Priorities;

/**
 * The stages a request passes through the sandbox, in the order they run, with the priority that puts each in its
 * place. A new stage takes a constant here, between the stages it must follow and precede, and its class names it.
 *
 * <ol>
 *   <li><b>Connection</b>, below the router: the HTTP versions each port speaks ({@code edge.HttpProtocols}), and
 *       the hooks that answer requests the HTTP decoder cannot read and bodies whose framing breaks
 *       ({@code edge.ConnectionHooks}, {@code edge.BodyFraming}).</li>
 *   <li><b>Edge guard</b>, the router's first route ({@link #EDGE_GUARD}): limits and malformed requests,
 *       {@code OPTIONS}, {@code Allow} ({@code edge.EdgeGuard}).</li>
 *   <li>Vert.x route filters, the higher priority first:
 *     <ol>
 *       <li><b>Dashboard switch</b> ({@link #DASHBOARD_SWITCH}): the dashboard's files answer 404 when the admin
 *           API is off ({@code admin.DashboardRoutes});</li>
 *       <li><b>Journal</b> ({@link #JOURNAL}): every request to Codat's paths is recorded when it ends
 *           ({@code journal.JournalRecorder});</li>
 *       <li><b>Faults</b> ({@link #FAULTS}): a rule or the {@code Sandbox-Fault} header may answer, delay or break
 *           the request here ({@code faults.FaultFilter}).</li>
 *     </ol></li>
 *   <li>Quarkus REST's request filters before matching, the lower priority first:
 *     <ol>
 *       <li><b>Accept</b> ({@link #ACCEPT}): negotiation of the answer's media type
 *           ({@code edge.AcceptNegotiation});</li>
 *       <li><b>Access</b> ({@link #ACCESS}): the admin token and switch on the sandbox's own paths
 *           ({@code admin.AdminAccessFilter}), the API key on Codat's ({@code auth.ApiKeyFilter}); the two never
 *           see the same path.</li>
 *     </ol></li>
 *   <li><b>Push settling</b> ({@link #PUSH_SETTLING}), after matching: push operations that are due complete before
 *       the request reads them ({@code push.PushSettling}).</li>
 *   <li>The <b>resource</b> ({@code api}, {@code admin}); data faults apply there ({@code faults.DataFaults}).</li>
 *   <li>The <b>answer</b>: pages written from cached customer bytes ({@code wire.CustomerPageWriter}); the
 *       {@code correlationId} of an error kept for the journal ({@code journal.CorrelationIds}).</li>
 * </ol>
 * Which paths are the sandbox's own, which no fault, journal or API key touches, is {@link SandboxPaths}; the
 * sandbox's requests to itself, which pass no fault or journal either, are told by {@link InnerRequests}. What one
 * stage learns of a request and a later one reads (its {@link ClassifiedRequest}, the fault fired, the error's
 * correlationId) is kept on the request by {@link RequestFacts}.
 */
public final class Pipeline {

    /** The edge guard's route order: before every other route. */
    public static final int EDGE_GUARD = Integer.MIN_VALUE;
    /** Vert.x route filter priorities: the higher runs first. */
    public static final int DASHBOARD_SWITCH = 3000;
    public static final int JOURNAL = 2000;
    public static final int FAULTS = 1000;
    /** Quarkus REST request filter priorities: the lower runs first. */
    public static final int ACCEPT = Priorities.USER - 1000;
    public static final int ACCESS = Priorities.USER;
    public static final int PUSH_SETTLING = Priorities.USER;

    private Pipeline() {
    }
}
