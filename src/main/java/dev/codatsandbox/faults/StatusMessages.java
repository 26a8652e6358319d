package dev.codatsandbox.faults;

/** Codat's error texts for the statuses a status fault may answer (Codat's OpenAPI examples where it has one). */
final class StatusMessages {

    private StatusMessages() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Unauthorized";
            case 402 -> "An account limit has been reached.";
            case 403 -> "You are not authorized to perform this action.";
            case 404 -> "The requested resource was not found.";
            case 409 -> FaultFilter.DATA_NOT_READY;
            case 429 -> FaultFilter.TOO_MANY_REQUESTS;
            case 500 -> "There is a problem with our server. Please try again later.";
            case 503 -> "The Codat API is temporarily offline for maintenance. Please try again later.";
            default -> status >= 500 ? "An unexpected error occurred." : "The request could not be processed.";
        };
    }
}
