package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.errors.CodatError;

/**
 * One thing wrong with a fixture: the file (or {@code request body} for a fixture sent to the admin API), the
 * JSON path inside it ({@code $.customers[2].status}), what is wrong (a sentence ending with a full stop) and the
 * name of the rule that caught it.
 */
public record FixtureProblem(String file, String path, String message, String validatorName) {

    /** The problem as an item of Codat's {@code validation.errors}: {@code itemId} is {@code file:path}. */
    public CodatError.ValidationItem item() {
        return new CodatError.ValidationItem(file + ":" + path, message, validatorName);
    }

    @Override
    public String toString() {
        return file + ": " + path + ": " + message;
    }
}
