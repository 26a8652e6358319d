package dev.codatsandbox.query;

import java.util.Optional;

/** A comparison operator of Codat's query language, with the symbol a query writes for it. */
public enum Operator {
    EQUALS("="),
    NOT_EQUALS("!="),
    CONTAINS("~"),
    GREATER(">"),
    LESS("<"),
    GREATER_OR_EQUAL(">="),
    LESS_OR_EQUAL("<=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator written as this symbol, if any. */
    public static Optional<Operator> of(String symbol) {
        for (Operator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    /** Whether a value that compares to the query's value as {@code comparison} (negative, 0, positive) matches. */
    boolean holds(int comparison) {
        return switch (this) {
            case EQUALS -> comparison == 0;
            case NOT_EQUALS -> comparison != 0;
            case GREATER -> comparison > 0;
            case LESS -> comparison < 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case CONTAINS -> throw new IllegalStateException("~ is not an ordering comparison");
        };
    }
}
