package dev.codatsandbox.query;

/**
 * Splits a query into tokens. Codat's values are bare (no quotes) and may hold spaces, dots, {@code @},
 * {@code :} and other characters that are operators elsewhere, so the tokenizer has two modes, chosen by the
 * parser: {@link #next()} reads grouping, connectives, operators and property paths, skipping whitespace;
 * {@link #value()}, called right after an operator, reads the raw value up to the next {@code &&}, {@code ||},
 * {@code }} or the end, without the whitespace around it.
 */
final class QueryTokenizer {

    private final String text;
    private int position;

    QueryTokenizer(String text) {
        this.text = text;
    }

    /** The next token in expression mode. */
    Token next() {
        skipWhitespace();
        int start = position;
        if (position >= text.length()) {
            return new Token(Token.Kind.END, "", start);
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                position++;
                return new Token(Token.Kind.OPEN, "{", start);
            case '}':
                position++;
                return new Token(Token.Kind.CLOSE, "}", start);
            case '&':
            case '|':
                if (startsWith(c == '&' ? "&&" : "||")) {
                    position += 2;
                    return new Token(c == '&' ? Token.Kind.AND : Token.Kind.OR, text.substring(start, position), start);
                }
                position++;
                return new Token(Token.Kind.INVALID, String.valueOf(c), start);
            case '!':
            case '>':
            case '<':
                position += startsWith(c + "=") ? 2 : 1;
                String symbol = text.substring(start, position);
                return new Token(symbol.equals("!") ? Token.Kind.INVALID : Token.Kind.OPERATOR, symbol, start);
            case '=':
            case '~':
                position++;
                return new Token(Token.Kind.OPERATOR, String.valueOf(c), start);
            default:
                if (!isPathCharacter(c)) {
                    position++;
                    return new Token(Token.Kind.INVALID, String.valueOf(c), start);
                }
                while (position < text.length() && isPathCharacter(text.charAt(position))) {
                    position++;
                }
                return new Token(Token.Kind.PATH, text.substring(start, position), start);
        }
    }

    /** The value after an operator: the raw text up to {@code &&}, {@code ||}, {@code }} or the end, trimmed. */
    Token value() {
        skipWhitespace();
        int start = position;
        while (position < text.length() && !startsWith("&&") && !startsWith("||") && text.charAt(position) != '}') {
            position++;
        }
        return new Token(Token.Kind.VALUE, text.substring(start, position).strip(), start);
    }

    static boolean isPathCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.';
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, position);
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
