package dev.codatsandbox.query;

import dev.codatsandbox.errors.CodatApiException;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Codat's query language into an {@link Expression}, by recursive descent over this grammar:
 *
 * <pre>
 * query      = or END
 * or         = and { "||" and }
 * and        = primary { "&amp;&amp;" primary }
 * primary    = "{" or "}" | comparison
 * comparison = PATH OPERATOR VALUE
 * PATH       = name { "." name }          name = 1*( letter | digit | "_" )
 * OPERATOR   = "=" | "!=" | "~" | ">" | "&lt;" | ">=" | "&lt;="
 * VALUE      = any text up to "&amp;&amp;", "||", "}" or the end, not empty once trimmed
 * </pre>
 *
 * {@code &&} binds tighter than {@code ||}; whitespace between tokens is insignificant. Anything else is
 * Codat's {@code Error parsing query - Malformed query.} Groups nest at most {@link #MAX_NESTING} deep: the descent
 * is recursive, and a query of {@code {} alone, under Codat's 2048 characters, would otherwise exhaust the stack of
 * the thread that reads it. This class only reads syntax: whether the properties
 * exist and the values fit them is checked when the expression is bound to a record type ({@link Query}).
 */
public final class QueryParser {

    public static final String MALFORMED = "Error parsing query - Malformed query.";
    /** How deep groups may nest: far beyond any real query, and well within a thread's stack. */
    public static final int MAX_NESTING = 100;

    private final QueryTokenizer tokens;
    private Token lookahead;
    private int nesting;

    private QueryParser(String text) {
        this.tokens = new QueryTokenizer(text);
    }

    /**
     * The syntax tree of the query.
     *
     * @throws CodatApiException 400 with Codat's malformed-query message
     */
    public static Expression parse(String text) {
        QueryParser parser = new QueryParser(text);
        Expression expression = parser.or();
        parser.expect(Token.Kind.END);
        return expression;
    }

    /** Whether the text is a property path: names of letters, digits and {@code _}, joined by single dots. */
    public static boolean isPath(String text) {
        if (text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!QueryTokenizer.isPathCharacter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Expression or() {
        List<Expression> operands = new ArrayList<>(List.of(and()));
        while (peek().kind() == Token.Kind.OR) {
            take();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Expression.Or(operands);
    }

    private Expression and() {
        List<Expression> operands = new ArrayList<>(List.of(primary()));
        while (peek().kind() == Token.Kind.AND) {
            take();
            operands.add(primary());
        }
        return operands.size() == 1 ? operands.get(0) : new Expression.And(operands);
    }

    private Expression primary() {
        if (peek().kind() == Token.Kind.OPEN) {
            take();
            if (++nesting > MAX_NESTING) {
                throw new CodatApiException(400, "Error parsing query - Groups { } are nested more than "
                        + MAX_NESTING + " deep.");
            }
            Expression inner = or();
            expect(Token.Kind.CLOSE);
            nesting--;
            return inner;
        }
        return comparison();
    }

    private Expression comparison() {
        Token path = expect(Token.Kind.PATH);
        if (!isPath(path.text())) {
            throw malformed();
        }
        Operator operator = Operator.of(expect(Token.Kind.OPERATOR).text()).orElseThrow(QueryParser::malformed);
        Token value = tokens.value();
        if (value.text().isEmpty()) {
            throw malformed();
        }
        return new Expression.Comparison(path.text(), operator, value.text());
    }

    private Token peek() {
        if (lookahead == null) {
            lookahead = tokens.next();
        }
        return lookahead;
    }

    private Token take() {
        Token token = peek();
        lookahead = null;
        return token;
    }

    private Token expect(Token.Kind kind) {
        Token token = take();
        if (token.kind() != kind) {
            throw malformed();
        }
        return token;
    }

    private static CodatApiException malformed() {
        return new CodatApiException(400, MALFORMED);
    }
}
