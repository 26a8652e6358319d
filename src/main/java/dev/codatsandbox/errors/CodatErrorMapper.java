package dev.codatsandbox.errors;

import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The one place where failures become Codat error bodies. Nothing of an exception but its status and a
 * message meant for the caller reaches the wire; unexpected failures are logged with their correlation id (a
 * connection closed under a request being read is the caller's doing, logged at DEBUG).
 */
public class CodatErrorMapper {

    private static final Logger LOG = Logger.getLogger(CodatErrorMapper.class);

    @ServerExceptionMapper
    public Response apiFailure(CodatApiException e) {
        return CodatErrors.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidParameters(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(CodatErrorMapper::describe)
                .collect(Collectors.joining(" "));
        return CodatErrors.response(400, message);
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 500 ? unexpected(e) : CodatErrors.response(status, HttpMessages.forStatus(status));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (connectionClosed(e)) {
            LOG.debugf("The connection closed before its request was read: %s", e);
            return CodatErrors.response(400, "The connection was closed before the request was read whole.");
        }
        CodatError body = CodatErrors.body(500, HttpMessages.forStatus(500));
        LOG.errorf(e, "Unexpected failure, correlationId %s", body.correlationId());
        return CodatErrors.response(body);
    }

    /**
     * Whether the failure is the connection closing under a request still being read: a caller that went away, or
     * one whose body the edge refused ({@code edge/BodyFraming}); no answer can reach it, and it is not the sandbox's
     * failure, so it is no ERROR.
     */
    private static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ConstraintViolation<?> violation) {
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            parameter = node.getName();
        }
        return "Invalid value '" + violation.getInvalidValue() + "' for query parameter '" + parameter + "': "
                + violation.getMessage() + ".";
    }
}
