package dev.codatsandbox.errors;

/** A failure the sandbox answers with a Codat error body of the given status and message. */
public class CodatApiException extends RuntimeException {

    private final int status;

    public CodatApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static CodatApiException notFound(String message) {
        return new CodatApiException(404, message);
    }
}
