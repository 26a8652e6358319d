package dev.codatsandbox.query;

/**
 * One token of a query: its kind, its text as written, and where it starts (0-based), for error reporting.
 */
record Token(Kind kind, String text, int position) {

    /** The kinds of token the grammar knows. */
    enum Kind {
        /** {@code {} */
        OPEN,
        /** {@code }} */
        CLOSE,
        /** {@code &&} */
        AND,
        /** {@code ||} */
        OR,
        /** One of {@code = != ~ > < >= <=}. */
        OPERATOR,
        /** A property path: letters, digits, {@code _} and {@code .}. */
        PATH,
        /** A bare value: everything after an operator up to the next {@code &&}, {@code ||}, {@code }} or the end. */
        VALUE,
        /** The end of the query. */
        END,
        /** A character that starts no token. */
        INVALID
    }
}
