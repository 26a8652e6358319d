package dev.codatsandbox.errors;

/** The caller-facing message for an HTTP failure that carries no message of the sandbox's own. */
final class HttpMessages {

    private HttpMessages() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Unauthorized.";
            case 403 -> "Forbidden.";
            case 404 -> "The requested resource was not found.";
            case 405 -> "The HTTP method is not allowed for this resource.";
            case 406 -> "The requested media type cannot be produced; this API answers with application/json.";
            case 409 -> "Conflict.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request line is too long.";
            case 415 -> "The request body's media type is not supported; send application/json.";
            case 431 -> "The request headers are too large.";
            case 501 -> "The HTTP method is not implemented by this server.";
            case 505 -> "The HTTP version is not supported; use HTTP/1.1.";
            case 429 -> "Too many requests.";
            case 503 -> "The service is unavailable.";
            default -> status >= 500 ? "An unexpected error occurred." : "The request could not be processed.";
        };
    }
}
