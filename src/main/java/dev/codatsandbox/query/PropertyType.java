package dev.codatsandbox.query;

import java.util.EnumSet;
import java.util.Set;

import static dev.codatsandbox.query.Operator.CONTAINS;
import static dev.codatsandbox.query.Operator.EQUALS;
import static dev.codatsandbox.query.Operator.GREATER;
import static dev.codatsandbox.query.Operator.GREATER_OR_EQUAL;
import static dev.codatsandbox.query.Operator.LESS;
import static dev.codatsandbox.query.Operator.LESS_OR_EQUAL;
import static dev.codatsandbox.query.Operator.NOT_EQUALS;

/**
 * What a property of a record holds, and so which operators a query may apply to it. The first five hold one
 * value and can be queried and ordered by; arrays, objects and opaque properties cannot, and each says why in its
 * own error message.
 *
 * <p>Operators follow Codat's Querying page: {@code !=} on every type, {@code =} on every type, {@code ~} on
 * strings only, {@code > < >= <=} on numbers and dates only. Enums are strings on the wire with a closed set of
 * values, so they take {@code =} and {@code !=}.
 */
public enum PropertyType {
    STRING("a string", EnumSet.of(EQUALS, NOT_EQUALS, CONTAINS)),
    NUMBER("a number", EnumSet.of(EQUALS, NOT_EQUALS, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL)),
    BOOLEAN("a boolean", EnumSet.of(EQUALS, NOT_EQUALS)),
    ENUM("an enum", EnumSet.of(EQUALS, NOT_EQUALS)),
    DATE("a date", EnumSet.of(EQUALS, NOT_EQUALS, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL)),
    /** A list of values or objects ({@code addresses}, {@code contacts}): Codat does not query arrays. */
    ARRAY("an array", EnumSet.noneOf(Operator.class)),
    /** An object whose own properties are in the table ({@code metadata}): query those instead. */
    OBJECT("an object", EnumSet.noneOf(Operator.class)),
    /** An object of free-form content ({@code supplementalData}): nothing in it can be queried. */
    OPAQUE("free-form content", EnumSet.noneOf(Operator.class));

    private final String description;
    private final Set<Operator> operators;

    PropertyType(String description, Set<Operator> operators) {
        this.description = description;
        this.operators = operators;
    }

    /** "a string", "an enum", ...: for error messages. */
    public String description() {
        return description;
    }

    /** Whether the property holds one value, so a query can compare it and orderBy can sort by it. */
    public boolean scalar() {
        return !operators.isEmpty();
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }

    /** The operators allowed, as a query writes them: {@code =, != or ~}. */
    String operatorList() {
        StringBuilder list = new StringBuilder();
        Operator[] allowed = operators.toArray(new Operator[0]);
        for (int i = 0; i < allowed.length; i++) {
            if (i > 0) {
                list.append(i == allowed.length - 1 ? " or " : ", ");
            }
            list.append(allowed[i].symbol());
        }
        return list.toString();
    }
}
