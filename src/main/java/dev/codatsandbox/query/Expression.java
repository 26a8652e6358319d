package dev.codatsandbox.query;

import java.util.List;

/**
 * The syntax tree of a query, before its property paths are resolved against a record type. Records, so two
 * queries that differ only in spacing are equal and share cached results.
 */
public sealed interface Expression {

    /** {@code path operator value}, as written (the value without the whitespace around it). */
    record Comparison(String path, Operator operator, String value) implements Expression {
    }

    /** Two or more expressions joined by {@code &&}: all must hold. */
    record And(List<Expression> operands) implements Expression {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** Two or more expressions joined by {@code ||}: one must hold. */
    record Or(List<Expression> operands) implements Expression {
        public Or {
            operands = List.copyOf(operands);
        }
    }
}
