package dev.codatsandbox.query;

import dev.codatsandbox.errors.CodatApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query language over a record type with a property of every kind ({@link Samples}): its syntax, every
 * operator on every type, precedence, grouping, dot paths, and the exact error of every kind of bad query.
 */
class QueryParserTest {

    @ParameterizedTest(name = "{0} selects [{1}]")
    @CsvSource(delimiter = '|', value = {
            // strings: = and != ignore case, ~ is contains ignoring case; null matches nothing, != neither
            "name=Acme Ltd             | a",
            "name=acme LTD             | a",
            "name!=Acme Ltd            | b c e",
            "name~acme                 | a c",
            "name~CORP                 | b",
            "name~& Sons               | e",
            "name~zzz                  | ''",
            "name=a & id=b             | ''",
            // numbers: decimals compare by value
            "amount=10                 | a",
            "amount=10.00              | a",
            "amount=1e3                | e",
            "amount!=10                | b c e",
            "amount>10                 | b e",
            "amount<10                 | c",
            "amount>=10                | a b e",
            "amount<=10                | a c",
            "amount>-5                 | a b c e",
            "amount<250.5              | a c",
            // booleans, read ignoring case
            "flag=true                 | a c",
            "flag=FALSE                | b e",
            "flag!=true                | b e",
            // enums: values read ignoring case, as Codat's example writes them (status != paid)
            "status=Active             | a e",
            "status=active             | a e",
            "status!=ACTIVE            | b c",
            // dates: YYYY-MM-DD is midnight UTC; date-times with or without an offset (UTC)
            "date=2023-01-01           | a",
            "date=2023-01-01T00:00:00Z | a",
            "date!=2023-01-01          | b c e",
            "date>2023-01-01           | b e",
            "date<2023-01-01           | c",
            "date>=2023-01-01          | a b e",
            "date<=2023-01-01          | a c",
            "date>2023-06-15T12:30:00+01:00 | b e",
            "date<2023-06-15T12:30:00  | a c",
            "date<=2023-06-15T12:30:00.000Z | a b c",
            // dot paths into objects; a null object on the path matches nothing
            "inner.deleted=true        | b",
            "inner.deleted=false       | a e",
            "inner.deleted!=true       | a e",
            "inner.code~y              | b",
            "inner.code!=X1            | b e",
    })
    void everyOperatorComparesByTheType(String query, String expected) {
        assertEquals(expected, Samples.matching(query));
    }

    @ParameterizedTest(name = "{0} selects [{1}]")
    @CsvSource(delimiterString = "=>", value = {
            // && binds tighter than ||, on either side
            "flag=false && amount>100 || status=Unknown        => b c e",
            "status=Unknown || flag=false && amount>500        => c e",
            "status=Unknown || flag=false && amount>500 || id=a => a c e",
            // braces group
            "flag=false && {amount>500 || status=Unknown}      => e",
            "{status=Unknown || flag=false} && amount>500      => e",
            "{{name~acme}}                                     => a c",
            "{name~acme || name~corp} && {flag=true || amount>200} => a b c",
            "{name~acme && {amount<0 || id=a}}                 => a c",
            // whitespace between tokens is insignificant; a value keeps its inner spaces
            "   name  ~  acme   &&   amount  >=  10            => a",
            "name = Beta Corp                                  => b",
            "\\tname\\n=\\nBeta Corp\\t                        => b",
            "name=Acme Ltd||name=Beta Corp                     => a b",
            "{name=Acme Ltd}||{name=Beta Corp}                 => a b",
    })
    void connectivesAndGroupingCombineComparisons(String query, String expected) {
        assertEquals(expected, Samples.matching(query.replace("\\t", "\t").replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
            // malformed: Codat's own text
            "name                        => Error parsing query - Malformed query.",
            "name=                       => Error parsing query - Malformed query.",
            "name=   && id=a             => Error parsing query - Malformed query.",
            "=Acme                       => Error parsing query - Malformed query.",
            "name=Acme &&                => Error parsing query - Malformed query.",
            "&& name=Acme                => Error parsing query - Malformed query.",
            "name=Acme || || id=a        => Error parsing query - Malformed query.",
            "{name=Acme                  => Error parsing query - Malformed query.",
            "name=Acme}                  => Error parsing query - Malformed query.",
            "{}                          => Error parsing query - Malformed query.",
            "name=a} && {id=b            => Error parsing query - Malformed query.",
            "name Acme                   => Error parsing query - Malformed query.",
            "name!Acme                   => Error parsing query - Malformed query.",
            "na-me=x                     => Error parsing query - Malformed query.",
            ".name=x                     => Error parsing query - Malformed query.",
            "inner..code=x               => Error parsing query - Malformed query.",
            "inner.=x                    => Error parsing query - Malformed query.",
            // unknown property: Codat's own text; names are matched exactly as spelled on the wire
            "nope=1                      => Error parsing query - Could not resolve property nope on Dataset",
            "Name=Acme                   => Error parsing query - Could not resolve property Name on Dataset",
            "inner.nope=1                => Error parsing query - Could not resolve property inner.nope on Dataset",
            "name.first=x                => Error parsing query - Could not resolve property name.first on Dataset",
            // arrays, objects and free-form content
            "tags=x                      => Error parsing query - Property tags is an array, and arrays cannot be queried.",
            "tags.length=1               => Error parsing query - Property tags is an array, and arrays cannot be queried.",
            "inner=x                     => Error parsing query - Property inner is an object; query one of its properties: inner.deleted, inner.code.",
            "extra=x                     => Error parsing query - Property extra holds free-form content and cannot be queried.",
            "extra.content.a=x           => Error parsing query - Property extra holds free-form content and cannot be queried.",
            // operators the type does not take
            "amount~1                    => Error parsing query - Operator ~ cannot be used on amount, which is a number; use =, !=, >, <, >= or <=.",
            "date~2023                   => Error parsing query - Operator ~ cannot be used on date, which is a date; use =, !=, >, <, >= or <=.",
            "name>a                      => Error parsing query - Operator > cannot be used on name, which is a string; use =, != or ~.",
            "name<=a                     => Error parsing query - Operator <= cannot be used on name, which is a string; use =, != or ~.",
            "status~Act                  => Error parsing query - Operator ~ cannot be used on status, which is an enum; use = or !=.",
            "status>Active               => Error parsing query - Operator > cannot be used on status, which is an enum; use = or !=.",
            "flag<true                   => Error parsing query - Operator < cannot be used on flag, which is a boolean; use = or !=.",
            "inner.deleted~t             => Error parsing query - Operator ~ cannot be used on inner.deleted, which is a boolean; use = or !=.",
            // values of the wrong type
            "amount=ten                  => Error parsing query - 'ten' is not a number, and amount is a number property.",
            "amount>1,000                => Error parsing query - '1,000' is not a number, and amount is a number property.",
            "flag=yes                    => Error parsing query - 'yes' is not a boolean, and flag is a boolean property; use true or false.",
            "status=Deleted              => Error parsing query - 'Deleted' is not a value of status; use one of Unknown, Active, Archived.",
            "date>2023-13-01             => Error parsing query - '2023-13-01' is not a date, and date is a date property; write YYYY-MM-DD or an ISO 8601 date-time such as 2023-01-01T00:00:00Z.",
            "date>2023-02-30             => Error parsing query - '2023-02-30' is not a date, and date is a date property; write YYYY-MM-DD or an ISO 8601 date-time such as 2023-01-01T00:00:00Z.",
            "date<yesterday              => Error parsing query - 'yesterday' is not a date, and date is a date property; write YYYY-MM-DD or an ISO 8601 date-time such as 2023-01-01T00:00:00Z.",
            "date=01/02/2023             => Error parsing query - '01/02/2023' is not a date, and date is a date property; write YYYY-MM-DD or an ISO 8601 date-time such as 2023-01-01T00:00:00Z.",
            // null cannot be matched
            "name=null                   => Error parsing query - Null values cannot be matched (name=null).",
            "amount!=NULL                => Error parsing query - Null values cannot be matched (amount!=NULL).",
            // the first error from the left is the one reported
            "nope=1 && tags=x            => Error parsing query - Could not resolve property nope on Dataset",
            "amount=1 || flag=maybe      => Error parsing query - 'maybe' is not a boolean, and flag is a boolean property; use true or false.",
    })
    void badQueryIs400WithTheExactMessage(String query, String message) {
        CodatApiException e = assertThrows(CodatApiException.class, () -> Query.parse(query, Samples.TABLE));

        assertEquals(400, e.status());
        assertEquals(message, e.getMessage());
    }

    @Test
    void groupsNestedAHundredDeepAreRead() {
        int depth = QueryParser.MAX_NESTING;

        assertEquals("a", Samples.matching("{".repeat(depth) + "id=a" + "}".repeat(depth)));
    }

    @ParameterizedTest(name = "groups nested {0} deep")
    @CsvSource(delimiterString = "=>", value = {
            "101  => Error parsing query - Groups { } are nested more than 100 deep.",
            "1000 => Error parsing query - Groups { } are nested more than 100 deep.",
    })
    void groupsNestedDeeperAre400RatherThanAStackOverflow(int depth, String message) {
        String query = "{".repeat(depth) + "id=a" + "}".repeat(depth);
        CodatApiException e = assertThrows(CodatApiException.class, () -> Query.parse(query, Samples.TABLE));

        assertEquals(400, e.status());
        assertEquals(message, e.getMessage());
    }

    @Test
    void queryOfUnder2048CharactersIsRead() {
        String query = "name~" + "a".repeat(Query.MAX_LENGTH - 5);

        assertEquals(2047, query.length());
        assertEquals("", Samples.matching(query));
    }

    @Test
    void queryOf2048CharactersOrMoreIs400() {
        for (int length : new int[] {2048, 2049, 10_000}) {
            String query = "name~" + "a".repeat(length - 5);
            CodatApiException e = assertThrows(CodatApiException.class, () -> Query.parse(query, Samples.TABLE));

            assertEquals(400, e.status());
            assertEquals("Error parsing query - The query is " + length + " characters long; a query must be under"
                    + " 2048 characters.", e.getMessage());
        }
    }

    @Test
    void absentOrBlankQuerySelectsEverything() {
        assertTrue(Query.parse(null, Samples.TABLE).isEmpty());
        assertTrue(Query.parse("", Samples.TABLE).isEmpty());
        assertTrue(Query.parse("  ", Samples.TABLE).isEmpty());
    }

    @ParameterizedTest(name = "{0} decodes to {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // Codat's example, id%253D..., reaches the parser as id%3D...
            "id%3Da                     | id=a",
            "name%7EAcme%20Ltd          | name~Acme Ltd",
            "name~acme%26%26flag%3Dtrue | name~acme&&flag=true",
            "name~Gamma%20%26%20Sons    | name~Gamma & Sons",
            "name~caf%C3%A9             | name~café",
            // + stays a plus; a % that starts no escape stays as it is; no escape, no second decoding
            "name~a+b%3D                | name~a+b=",
            "name~100%                  | name~100%",
            "name~100% %3D              | name~100% =",
            "name~50%25off              | name~50%off",
            "name~a+b                   | name~a+b",
    })
    void queryStillHoldingEscapesIsDecodedOnceMore(String received, String decoded) {
        assertEquals(decoded, Query.decodeRemainingEscapes(received));
    }

    @Test
    void twiceEncodedQueryMatchesLikeThePlainOne() {
        assertEquals(Samples.matching("id=b"), Samples.matching("id%3Db"));
        assertEquals("a", Samples.matching("name%3DAcme%20Ltd%26%26flag%3Dtrue"));
    }

    @Test
    void escapesThatAreNotUtf8Are400() {
        CodatApiException e = assertThrows(CodatApiException.class, () -> Query.parse("name~caf%E9", Samples.TABLE));

        assertEquals(400, e.status());
        assertEquals("Error parsing query - The query still holds URL escapes after decoding, and they are not UTF-8"
                + " text; encode the query once, as UTF-8.", e.getMessage());
    }

    @Test
    void queriesDifferingOnlyInSpacingHaveEqualSyntaxTrees() {
        Expression spaced = QueryParser.parse(" { name ~ acme || id = b }  &&  flag = true ");
        Expression tight = QueryParser.parse("{name~acme||id=b}&&flag=true");

        assertEquals(tight, spaced);
        assertNotEquals(tight, QueryParser.parse("name~acme||id=b&&flag=true"));
        assertEquals(new Expression.And(List.of(
                new Expression.Or(List.of(new Expression.Comparison("name", Operator.CONTAINS, "acme"),
                        new Expression.Comparison("id", Operator.EQUALS, "b"))),
                new Expression.Comparison("flag", Operator.EQUALS, "true"))), tight);
    }

    @Test
    void andBindsTighterThanOrInTheSyntaxTree() {
        assertEquals(new Expression.Or(List.of(
                        new Expression.Comparison("a", Operator.EQUALS, "1"),
                        new Expression.And(List.of(new Expression.Comparison("b", Operator.GREATER, "2"),
                                new Expression.Comparison("c", Operator.LESS_OR_EQUAL, "3"))))),
                QueryParser.parse("a=1 || b>2 && c<=3"));
    }

    @Test
    void valueMayHoldOperatorCharacters() {
        assertEquals(new Expression.Comparison("e", Operator.EQUALS, "a=b>c<d~e!f.g@h:i{j"),
                QueryParser.parse("e = a=b>c<d~e!f.g@h:i{j "));
    }
}
