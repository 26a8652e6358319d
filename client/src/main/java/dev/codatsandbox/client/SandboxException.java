package dev.codatsandbox.client;

/**
 * An answer of the sandbox that was not a success: its status, Codat's error body when the answer carried one (every
 * answer of the sandbox does), and the raw body. The one exception type of this client; a connection that fails
 * throws {@link java.io.UncheckedIOException} instead.
 */
public class SandboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient CodatError error;
    private final String body;

    /** An answer {@code statusCode} to {@code request} (method and path) with {@code body}. */
    public SandboxException(String request, int statusCode, CodatError error, String body) {
        super(request + " answered " + statusCode + ": " + (error != null && error.error() != null ? error.error()
                : body));
        this.statusCode = statusCode;
        this.error = error;
        this.body = body;
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /** Codat's error body, or null when the answer's body was not one. */
    public CodatError error() {
        return error;
    }

    /** The answer's body as sent. */
    public String body() {
        return body;
    }
}
