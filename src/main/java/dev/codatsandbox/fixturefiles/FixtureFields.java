package dev.codatsandbox.fixturefiles;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the readers of a fixture's own parts share: the file they report for, the list they add problems to, and the
 * checks of a text and of a date field, each reporting at the field's JSON path and giving null for a bad value.
 */
abstract class FixtureFields {

    private final String file;
    private final List<FixtureProblem> problems;

    FixtureFields(String file, List<FixtureProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The text of the field, null when absent or null; a problem ({@code mustBe}) when it is not text. */
    final String text(String path, JsonNode node, String mustBe) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problem(path, mustBe, "JsonType");
            return null;
        }
        return node.textValue();
    }

    /** The date and time of the field, null when absent or null (a problem when {@code required}) or bad. */
    final Instant date(String path, JsonNode node, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problem(path, "is required: an ISO 8601 date and time such as 2022-10-23T00:00:00Z.", "IsoDateTime");
            }
            return null;
        }
        try {
            if (node.isTextual()) {
                return IsoDateTime.Validator.parse(node.textValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem(path, "must be an ISO 8601 date and time such as 2022-10-23T00:00:00Z.", "IsoDateTime");
        return null;
    }

    final int problemCount() {
        return problems.size();
    }

    final void problem(String path, String message, String rule) {
        problems.add(new FixtureProblem(file, path, message, rule));
    }
}
