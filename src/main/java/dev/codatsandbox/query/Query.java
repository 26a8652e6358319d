package dev.codatsandbox.query;

import dev.codatsandbox.errors.CodatApiException;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A query of Codat's query language bound to one record type: parsed ({@link QueryParser}), its paths resolved in
 * the type's {@link PropertyTable}, its values read as the properties' types, ready to test records.
 *
 * <p>Rules where Codat's documentation is silent (docs/query.md, states them for users):
 * <ul>
 *   <li>Strings compare ignoring case, for {@code =}, {@code !=} and {@code ~} alike; enum values and
 *       {@code true}/{@code false} are read ignoring case ({@code status=active}).</li>
 *   <li>A record whose property is null (or has a null object on the path) matches no comparison on that
 *       property, {@code !=} included; the value {@code null} itself is refused, since null cannot be matched.</li>
 *   <li>A date written {@code YYYY-MM-DD} is midnight UTC of that day; a date-time without an offset is UTC.</li>
 *   <li>A query still holding URL escapes once the framework has decoded it (Codat's own example is encoded
 *       twice) is decoded once more; a {@code %} that starts no escape stays as it is.</li>
 * </ul>
 */
public final class Query<R> {

    /** Codat: a whole query must be under 2048 characters. */
    public static final int MAX_LENGTH = 2047;

    private static final String ERROR = "Error parsing query - ";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private final String text;
    private final Expression expression;
    private final Predicate<R> predicate;

    private Query(String text, Expression expression, Predicate<R> predicate) {
        this.text = text;
        this.expression = expression;
        this.predicate = predicate;
    }

    /**
     * The query the parameter gives, bound to the table's record type; empty when the parameter is absent or blank.
     *
     * @param text the query parameter as the framework decoded it
     * @throws CodatApiException 400 naming what is wrong
     */
    public static <R> Optional<Query<R>> parse(String text, PropertyTable<R> table) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw error("The query is " + text.length() + " characters long; a query must be under "
                    + (MAX_LENGTH + 1) + " characters.");
        }
        Expression expression = QueryParser.parse(decodeRemainingEscapes(text));
        return Optional.of(new Query<>(text, expression, bind(expression, table)));
    }

    /** The query as the request gave it. */
    public String text() {
        return text;
    }

    /** Its syntax tree: equal for queries that differ only in spacing. */
    public Expression expression() {
        return expression;
    }

    public boolean test(R record) {
        return predicate.test(record);
    }

    /**
     * Decodes the query once more when it still holds URL escapes ({@code %3D}), as a query encoded twice does.
     * {@code +} stays a plus sign, and a {@code %} not followed by two hexadecimal digits stays as it is.
     */
    static String decodeRemainingEscapes(String text) {
        if (!ESCAPE.matcher(text).find()) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 3 <= text.length() && ESCAPE.matcher(text.substring(i, i + 3)).matches()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '%') {
                    end++;
                }
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw error("The query still holds URL escapes after decoding, and they are not UTF-8 text; encode the"
                    + " query once, as UTF-8.");
        }
    }

    private static <R> Predicate<R> bind(Expression expression, PropertyTable<R> table) {
        if (expression instanceof Expression.And and) {
            List<Predicate<R>> all = bindAll(and.operands(), table);
            return record -> {
                for (Predicate<R> operand : all) {
                    if (!operand.test(record)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (expression instanceof Expression.Or or) {
            List<Predicate<R>> any = bindAll(or.operands(), table);
            return record -> {
                for (Predicate<R> operand : any) {
                    if (operand.test(record)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return bind((Expression.Comparison) expression, table);
    }

    private static <R> List<Predicate<R>> bindAll(List<Expression> expressions, PropertyTable<R> table) {
        List<Predicate<R>> bound = new ArrayList<>();
        for (Expression expression : expressions) {
            bound.add(bind(expression, table));
        }
        return bound;
    }

    private static <R> Predicate<R> bind(Expression.Comparison comparison, PropertyTable<R> table) {
        String path = comparison.path();
        Property<R> property = table.find(path)
                .orElseThrow(() -> new CodatApiException(400,
                        ERROR + "Could not resolve property " + path + " on Dataset"));
        Operator operator = comparison.operator();
        String value = comparison.value();
        switch (property.type()) {
            case ARRAY -> throw error("Property " + property.path() + " is an array, and arrays cannot be queried.");
            case OBJECT -> throw error("Property " + path + " is an object; query one of its properties: "
                    + String.join(", ", property.values()) + ".");
            case OPAQUE -> throw error(
                    "Property " + property.path() + " holds free-form content and cannot be queried.");
            default -> {
            }
        }
        if (!property.type().allows(operator)) {
            throw error("Operator " + operator.symbol() + " cannot be used on " + path + ", which is "
                    + property.type().description() + "; use " + property.type().operatorList() + ".");
        }
        if (value.equalsIgnoreCase("null")) {
            throw error("Null values cannot be matched (" + path + operator.symbol() + value + ").");
        }
        return switch (property.type()) {
            case STRING -> strings(property, operator, value);
            case NUMBER -> ordered(property, operator, number(path, value));
            case BOOLEAN -> equality(property, operator, bool(path, value));
            case ENUM -> equality(property, operator, enumValue(property, value));
            case DATE -> ordered(property, operator, date(path, value));
            default -> throw new IllegalStateException("Not a scalar: " + property.type());
        };
    }

    private static <R> Predicate<R> strings(Property<R> property, Operator operator, String wanted) {
        if (operator == Operator.CONTAINS) {
            return record -> property.value(record) instanceof String actual && containsIgnoringCase(actual, wanted);
        }
        boolean equal = operator == Operator.EQUALS;
        return record -> property.value(record) instanceof String actual && actual.equalsIgnoreCase(wanted) == equal;
    }

    private static <R> Predicate<R> equality(Property<R> property, Operator operator, Object wanted) {
        boolean equal = operator == Operator.EQUALS;
        return record -> {
            Object actual = property.value(record);
            return actual != null && actual.equals(wanted) == equal;
        };
    }

    @SuppressWarnings("unchecked")
    private static <R, T extends Comparable<T>> Predicate<R> ordered(Property<R> property, Operator operator,
            T wanted) {
        return record -> {
            Object actual = property.value(record);
            return actual != null && operator.holds(((T) actual).compareTo(wanted));
        };
    }

    private static boolean containsIgnoringCase(String text, String part) {
        for (int from = 0; from + part.length() <= text.length(); from++) {
            if (text.regionMatches(true, from, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal number(String path, String value) {
        if (!NUMBER.matcher(value).matches()) {
            throw error("'" + value + "' is not a number, and " + path + " is a number property.");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw error("'" + value + "' is not a number, and " + path + " is a number property.");
        }
    }

    private static Boolean bool(String path, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
        }
        throw error("'" + value + "' is not a boolean, and " + path + " is a boolean property; use true or false.");
    }

    private static String enumValue(Property<?> property, String value) {
        for (String constant : property.values()) {
            if (constant.equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw error("'" + value + "' is not a value of " + property.path() + "; use one of "
                + String.join(", ", property.values()) + ".");
    }

    /** A date {@code YYYY-MM-DD} (midnight UTC) or an ISO 8601 date-time, with an offset or in UTC. */
    static Instant date(String path, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw error("'" + value + "' is not a date, and " + path + " is a date property; write YYYY-MM-DD or an"
                    + " ISO 8601 date-time such as 2023-01-01T00:00:00Z.");
        }
    }

    private static CodatApiException error(String detail) {
        return new CodatApiException(400, ERROR + detail);
    }
}
