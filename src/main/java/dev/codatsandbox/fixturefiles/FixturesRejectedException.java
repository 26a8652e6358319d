package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.errors.CodatApiException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Fixtures that were not loaded because something in them is wrong; carries every problem found. At start-up it
 * stops the server with each problem on a line of its message; from the admin API it answers 400 with each
 * problem in {@code validation.errors}.
 */
public class FixturesRejectedException extends CodatApiException {

    private final List<FixtureProblem> problems;
    private final String summary;

    public FixturesRejectedException(String what, List<FixtureProblem> problems) {
        super(400, summary(what, problems) + "\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.summary = summary(what, problems);
    }

    private static String summary(String what, List<FixtureProblem> problems) {
        return what + " " + (problems.size() == 1 ? "has 1 problem" : "has " + problems.size() + " problems")
                + "; nothing was loaded.";
    }

    public List<FixtureProblem> problems() {
        return problems;
    }

    /** The first line of the message, for the Codat error body (the problems go in {@code validation.errors}). */
    public String summary() {
        return summary;
    }
}
