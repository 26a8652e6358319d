package dev.codatsandbox.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code query} and {@code orderBy} on the customers list, over HTTP, in the default configuration (the documented
 * example "71" and 50 generated customers). Every expected answer is computed here, independently, from the whole
 * list as the server serves it without a query.
 */
@QuarkusTest
class QueryTest {

    static final String CUSTOMERS = "/companies/" + DEFAULT_COMPANY + "/data/customers";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The whole list, in list order, as the server serves it without query or orderBy. */
    private static List<Map<String, Object>> everyCustomer() {
        List<Map<String, Object>> all = given().queryParam("pageSize", 5000).when().get(CUSTOMERS)
                .then().statusCode(200).extract().jsonPath().getList("results");
        assertEquals(51, all.size());
        return all;
    }

    private static JsonPath list(String query, String orderBy, int page, int pageSize) {
        return listRequest(query, orderBy, page, pageSize).when().get(CUSTOMERS).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static RequestSpecification listRequest(String query, String orderBy, int page, int pageSize) {
        var request = given().queryParam("page", page).queryParam("pageSize", pageSize);
        if (query != null) {
            request = request.queryParam("query", query);
        }
        if (orderBy != null) {
            request = request.queryParam("orderBy", orderBy);
        }
        return request;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static List<String> ids(List<Map<String, Object>> customers) {
        return customers.stream().map(c -> (String) c.get("id")).toList();
    }

    /** The value at a dot path of a customer as JSON, or null. */
    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> customer, String path) {
        Object value = customer;
        for (String name : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(name) : null;
        }
        return value;
    }

    private static String text(Map<String, Object> c, String path) {
        return (String) at(c, path);
    }

    private static Instant date(Map<String, Object> c, String path) {
        String value = text(c, path);
        return value == null ? null : Instant.parse(value);
    }

    private static Predicate<Map<String, Object>> stringIs(String path, String value) {
        return c -> text(c, path) != null && text(c, path).equalsIgnoreCase(value);
    }

    private static Predicate<Map<String, Object>> stringContains(String path, String part) {
        return c -> text(c, path) != null && text(c, path).toLowerCase().contains(part.toLowerCase());
    }

    private static Predicate<Map<String, Object>> dateIs(String path, Predicate<Instant> test) {
        return c -> date(c, path) != null && test.test(date(c, path));
    }

    static Stream<Arguments> queries() {
        Instant jan2023 = Instant.parse("2023-01-01T00:00:00Z");
        Instant june2020 = Instant.parse("2020-06-01T10:00:00Z");
        Predicate<Map<String, Object>> archived = stringIs("status", "Archived");
        Predicate<Map<String, Object>> unknown = stringIs("status", "Unknown");
        Predicate<Map<String, Object>> gbp = stringIs("defaultCurrency", "GBP");
        return Stream.of(
                // strings, ignoring case
                Arguments.of("id=71", stringIs("id", "71")),
                Arguments.of("customerName=WILE E. COYOTE", stringIs("customerName", "Wile E. Coyote")),
                Arguments.of("customerName!=Wile E. Coyote", stringIs("customerName", "Wile E. Coyote").negate()),
                Arguments.of("customerName~coyote", stringContains("customerName", "coyote")),
                Arguments.of("emailAddress~.CO.UK", stringContains("emailAddress", ".co.uk")),
                Arguments.of("defaultCurrency=gbp", gbp),
                Arguments.of("defaultCurrency!=USD", stringIs("defaultCurrency", "USD").negate()),
                // null matches nothing, != included
                Arguments.of("phone~20", stringContains("phone", "20")),
                Arguments.of("phone!=029 2764 1825",
                        (Predicate<Map<String, Object>>) c -> c.get("phone") != null && !c.get("phone").equals("029 2764 1825")),
                Arguments.of("registrationNumber~1", stringContains("registrationNumber", "1")),
                // enums, ignoring case
                Arguments.of("status=active", stringIs("status", "Active")),
                Arguments.of("status!=Archived", archived.negate()),
                // booleans in an object: "71" has no metadata and matches neither
                Arguments.of("metadata.isDeleted=false", (Predicate<Map<String, Object>>) c -> Boolean.FALSE.equals(at(c, "metadata.isDeleted"))),
                Arguments.of("metadata.isDeleted!=true", (Predicate<Map<String, Object>>) c -> Boolean.FALSE.equals(at(c, "metadata.isDeleted"))),
                Arguments.of("metadata.isDeleted=true", (Predicate<Map<String, Object>>) c -> Boolean.TRUE.equals(at(c, "metadata.isDeleted"))),
                // dates and date-times
                Arguments.of("modifiedDate>2023-01-01", dateIs("modifiedDate", d -> d.isAfter(jan2023))),
                Arguments.of("modifiedDate<2023-01-01", dateIs("modifiedDate", d -> d.isBefore(jan2023))),
                Arguments.of("modifiedDate>=2023-01-01T00:00:00Z", dateIs("modifiedDate", d -> !d.isBefore(jan2023))),
                Arguments.of("modifiedDate<=2023-01-01", dateIs("modifiedDate", d -> !d.isAfter(jan2023))),
                Arguments.of("modifiedDate!=2023-01-01", dateIs("modifiedDate", d -> !d.equals(jan2023))),
                Arguments.of("sourceModifiedDate<2020-06-01T12:00:00+02:00", dateIs("sourceModifiedDate", d -> d.isBefore(june2020))),
                // && binds tighter than ||; braces group
                Arguments.of("status=Archived || status=Unknown && defaultCurrency=GBP", archived.or(unknown.and(gbp))),
                Arguments.of("{status=Archived || status=Unknown} && defaultCurrency=GBP", archived.or(unknown).and(gbp)),
                Arguments.of(" { status = Archived || status = Unknown } && { defaultCurrency = GBP || defaultCurrency = EUR } ",
                        archived.or(unknown).and(gbp.or(stringIs("defaultCurrency", "EUR")))),
                Arguments.of("status=Active&&defaultCurrency=GBP", stringIs("status", "Active").and(gbp)));
    }

    @ParameterizedTest(name = "query={0}")
    @MethodSource("queries")
    void queryReturnsExactlyWhatAnIndependentFilterOfTheWholeListSelects(String query, Predicate<Map<String, Object>> filter) {
        List<String> expected = ids(everyCustomer().stream().filter(filter).toList());

        JsonPath json = list(query, null, 1, 5000);

        assertEquals(expected, json.getList("results.id", String.class));
        assertEquals(expected.size(), json.getInt("totalResults"));
    }

    @Test
    void queriesOfTheTableBothMatchAndMiss() {
        List<Map<String, Object>> all = everyCustomer();
        long selective = queries().filter(arguments -> {
            @SuppressWarnings("unchecked")
            long matches = all.stream().filter((Predicate<Map<String, Object>>) arguments.get()[1]).count();
            return matches > 0 && matches < all.size();
        }).count();

        assertTrue(selective >= queries().count() - 2, "all but the queries for deleted customers select some customers");
    }

    @Test
    void dateEqualsMatchesThatInstantOnly() {
        List<Map<String, Object>> all = everyCustomer();
        String modified = text(all.get(7), "modifiedDate");
        List<String> expected = ids(all.stream().filter(c -> modified.equals(c.get("modifiedDate"))).toList());

        assertEquals(expected, list("modifiedDate=" + modified, null, 1, 100).getList("results.id", String.class));
        assertEquals(List.of(all.get(7).get("id")), expected);
    }

    @Test
    void codatsTwiceEncodedIdQueryFindsTheCustomer() {
        String id = (String) everyCustomer().get(9).get("id");

        List<String> twice = given().urlEncodingEnabled(false).when().get(CUSTOMERS + "?query=id%253D" + id)
                .then().statusCode(200).extract().jsonPath().getList("results.id", String.class);
        List<String> once = given().urlEncodingEnabled(false).when().get(CUSTOMERS + "?query=id%3D" + id)
                .then().statusCode(200).extract().jsonPath().getList("results.id", String.class);

        assertEquals(List.of(id), twice);
        assertEquals(List.of(id), once);
    }

    @Test
    void blankQueryAndOrderByServeThePlainList() {
        JsonPath plain = list(null, null, 1, 10);
        JsonPath blank = list("", "", 1, 10);

        assertEquals(plain.getList("results.id"), blank.getList("results.id"));
        assertEquals(plain.getMap("_links"), blank.getMap("_links"));
    }

    @Test
    void companyGeneratedOnFirstUseIsQueriedToo() {
        String other = "/companies/0c5f2a3e-8f5b-4b8e-9d7a-2b1c3d4e5f60/data/customers";
        List<Map<String, Object>> all = given().queryParam("pageSize", 5000).when().get(other)
                .then().statusCode(200).extract().jsonPath().getList("results");
        List<String> expected = ids(all.stream().filter(stringIs("status", "Active")).toList());

        List<String> selected = given().queryParam("query", "status=Active").queryParam("pageSize", 5000)
                .when().get(other).then().statusCode(200).extract().jsonPath().getList("results.id", String.class);

        assertEquals(expected, selected);
        assertFalse(expected.isEmpty());
    }

    private static String error(ExtractableResponse<Response> response) {
        assertEquals(400, response.statusCode());
        Map<String, Object> body = response.jsonPath().getMap("");
        assertEquals(Set.of("statusCode", "service", "error", "correlationId", "canBeRetried", "detailedErrorCode"),
                body.keySet());
        assertEquals(400, body.get("statusCode"));
        return (String) body.get("error");
    }

    @ParameterizedTest(name = "query={0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
            "status=                      => Error parsing query - Malformed query.",
            "status=Active &&             => Error parsing query - Malformed query.",
            "{status=Active               => Error parsing query - Malformed query.",
            "status=Active}               => Error parsing query - Malformed query.",
            "status Active                => Error parsing query - Malformed query.",
            "status==Active || || id=1    => Error parsing query - Malformed query.",
            "isCompleted=true             => Error parsing query - Could not resolve property isCompleted on Dataset",
            "metadata.isCompleted=true    => Error parsing query - Could not resolve property metadata.isCompleted on Dataset",
            "addresses=x                  => Error parsing query - Property addresses is an array, and arrays cannot be queried.",
            "contacts.name=Ivy Morar      => Error parsing query - Property contacts is an array, and arrays cannot be queried.",
            "metadata=x                   => Error parsing query - Property metadata is an object; query one of its properties: metadata.isDeleted.",
            "supplementalData.content.a=1 => Error parsing query - Property supplementalData holds free-form content and cannot be queried.",
            "customerName>M               => Error parsing query - Operator > cannot be used on customerName, which is a string; use =, != or ~.",
            "modifiedDate~2023            => Error parsing query - Operator ~ cannot be used on modifiedDate, which is a date; use =, !=, >, <, >= or <=.",
            "status~Act                   => Error parsing query - Operator ~ cannot be used on status, which is an enum; use = or !=.",
            "status=Deleted               => Error parsing query - 'Deleted' is not a value of status; use one of Unknown, Active, Archived.",
            "metadata.isDeleted=maybe     => Error parsing query - 'maybe' is not a boolean, and metadata.isDeleted is a boolean property; use true or false.",
            "modifiedDate>last year       => Error parsing query - 'last year' is not a date, and modifiedDate is a date property; write YYYY-MM-DD or an ISO 8601 date-time such as 2023-01-01T00:00:00Z.",
            "phone=null                   => Error parsing query - Null values cannot be matched (phone=null).",
    })
    void badQueryIs400WithCodatsBodyAndTheExactMessage(String query, String message) {
        assertEquals(message, error(given().queryParam("query", query).when().get(CUSTOMERS).then().extract()));
    }

    @Test
    void queryOf2048CharactersIs400AndOf2047IsServed() {
        String longest = "customerName~" + "x".repeat(2047 - 13);
        String tooLong = longest + "x";

        assertEquals(0, list(longest, null, 1, 10).getInt("totalResults"));
        assertEquals("Error parsing query - The query is 2048 characters long; a query must be under 2048 characters.",
                error(given().queryParam("query", tooLong).when().get(CUSTOMERS).then().extract()));
    }

    @ParameterizedTest(name = "orderBy={0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
            "nope           => could not resolve property nope on Dataset.",
            "-ModifiedDate  => could not resolve property ModifiedDate on Dataset.",
            "addresses      => addresses is an array; order by a property that holds one value.",
            "-contacts.name => contacts is an array; order by a property that holds one value.",
            "metadata       => metadata is an object; order by one of its properties: metadata.isDeleted.",
            "supplementalData => supplementalData holds free-form content and cannot be ordered by.",
            "modifiedDate,id => give one property name, with - before it for descending order.",
    })
    void badOrderByIs400NamingTheParameter(String orderBy, String problem) {
        assertEquals("Invalid value '" + orderBy + "' for query parameter 'orderBy': " + problem,
                error(given().queryParam("orderBy", orderBy).when().get(CUSTOMERS).then().extract()));
    }

    /** An independent stable sort of the whole list: nulls last both ways, strings ignoring case. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map<String, Object>> sorted(List<Map<String, Object>> customers, String orderBy) {
        boolean descending = orderBy.startsWith("-");
        String path = descending ? orderBy.substring(1) : orderBy;
        boolean isDate = path.endsWith("Date");
        Function<Map<String, Object>, Comparable> key = c -> {
            Object value = at(c, path);
            if (value == null) {
                return null;
            }
            return isDate ? Instant.parse((String) value) : value instanceof String s ? s.toLowerCase() : (Comparable) value;
        };
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Map<String, Object>> copy = new ArrayList<>(customers);
        copy.sort(Comparator.comparing(key, Comparator.nullsLast(values)));
        return copy;
    }

    @ParameterizedTest(name = "orderBy={0}")
    @CsvSource({"modifiedDate", "-modifiedDate", "sourceModifiedDate", "-sourceModifiedDate", "customerName",
            "-customerName", "status", "-status", "phone", "-phone", "defaultCurrency", "-defaultCurrency",
            "metadata.isDeleted", "-metadata.isDeleted", "registrationNumber", "-id"})
    void orderByMatchesAnIndependentStableSortWithNullsLast(String orderBy) {
        List<String> expected = ids(sorted(everyCustomer(), orderBy));

        JsonPath json = list(null, orderBy, 1, 5000);

        assertEquals(expected, json.getList("results.id", String.class));
        assertEquals(51, json.getInt("totalResults"));
    }

    @Test
    void newestFirstPutsTheUndatedDocumentedExampleLast() {
        List<Map<String, Object>> newestFirst = list(null, "-modifiedDate", 1, 5000).getList("results");
        List<Map<String, Object>> oldestFirst = list(null, "modifiedDate", 1, 5000).getList("results");

        assertEquals("71", newestFirst.get(50).get("id"));
        assertEquals("71", oldestFirst.get(50).get("id"));
        for (int i = 1; i < 50; i++) {
            assertTrue(date(newestFirst.get(i - 1), "modifiedDate").compareTo(date(newestFirst.get(i), "modifiedDate")) >= 0);
            assertTrue(date(oldestFirst.get(i - 1), "modifiedDate").compareTo(date(oldestFirst.get(i), "modifiedDate")) <= 0);
        }
    }

    @Test
    void tiesKeepListOrderInBothDirections() {
        List<String> listOrder = ids(everyCustomer());
        for (String orderBy : List.of("status", "-status")) {
            List<Map<String, Object>> ordered = list(null, orderBy, 1, 5000).getList("results");
            for (String status : List.of("Active", "Archived", "Unknown")) {
                List<String> group = ids(ordered.stream().filter(c -> status.equals(c.get("status"))).toList());
                List<String> inListOrder = new ArrayList<>(group);
                inListOrder.sort(Comparator.comparingInt(listOrder::indexOf));
                assertEquals(inListOrder, group, orderBy + ", " + status);
                assertTrue(group.size() > 1);
            }
            assertNotEquals(listOrder, ids(ordered));
        }
    }

    static Stream<Arguments> walks() {
        List<String[]> lists = List.of(
                new String[] {"status=Active&&defaultCurrency=GBP", "-modifiedDate"},
                new String[] {"status != Unknown", "customerName"},
                new String[] {"{defaultCurrency=GBP || defaultCurrency=EUR} && modifiedDate>2020-01-01", "-status"},
                new String[] {"metadata.isDeleted=false", null},
                new String[] {null, "-phone"});
        return lists.stream().flatMap(l -> Stream.of(1, 2, 3, 7, 100).map(size -> Arguments.of(l[0], l[1], size)));
    }

    @ParameterizedTest(name = "query={0} orderBy={1} pageSize={2}")
    @MethodSource("walks")
    void walkingNextLinksYieldsExactlyTheMatchingCustomersInOrder(String query, String orderBy, int pageSize) {
        List<Map<String, Object>> expectedCustomers = everyCustomer();
        if (query != null) {
            expectedCustomers = expectedCustomers.stream().filter(independentFilter(query)).toList();
        }
        if (orderBy != null) {
            expectedCustomers = sorted(expectedCustomers, orderBy);
        }
        List<String> expected = ids(expectedCustomers);
        assertFalse(expected.isEmpty());

        StringBuilder kept = new StringBuilder("&pageSize=" + pageSize);
        if (query != null) {
            kept.append("&query=").append(URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (orderBy != null) {
            kept.append("&orderBy=").append(URLEncoder.encode(orderBy, StandardCharsets.UTF_8));
        }
        String keptParameters = pageSize == 100 ? kept.substring(("&pageSize=" + pageSize).length()) : kept.toString();

        // each page is read with Jackson: a walk reads up to 51 pages, and Groovy's JsonPath costs milliseconds a path
        List<String> seen = new ArrayList<>();
        JsonNode json = tree(listRequest(query, orderBy, 1, pageSize).when().get(CUSTOMERS).then().statusCode(200)
                .contentType("application/json").extract().asString());
        int page = 1;
        while (true) {
            assertEquals(expected.size(), json.get("totalResults").asInt());
            JsonNode links = json.get("_links");
            assertEquals(CUSTOMERS, links.get("self").get("href").asText());
            assertEquals(CUSTOMERS + "?page=" + page + keptParameters, links.get("current").get("href").asText());
            if (page > 1) {
                assertEquals(CUSTOMERS + "?page=" + (page - 1) + keptParameters,
                        links.get("previous").get("href").asText());
            } else {
                assertNull(links.get("previous"));
            }
            json.get("results").forEach(customer -> seen.add(customer.get("id").asText()));
            if (!links.has("next")) {
                break;
            }
            String next = links.get("next").get("href").asText();
            assertEquals(CUSTOMERS + "?page=" + (page + 1) + keptParameters, next);
            json = tree(given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract()
                    .asString());
            page++;
        }

        assertEquals(expected, seen);
        assertEquals(Math.max(1, (expected.size() + pageSize - 1) / pageSize), page);
    }

    /** The independent filters of the walks. */
    private static Predicate<Map<String, Object>> independentFilter(String query) {
        Instant jan2020 = Instant.parse("2020-01-01T00:00:00Z");
        return switch (query) {
            case "status=Active&&defaultCurrency=GBP" -> stringIs("status", "Active").and(stringIs("defaultCurrency", "GBP"));
            case "status != Unknown" -> stringIs("status", "Unknown").negate();
            case "{defaultCurrency=GBP || defaultCurrency=EUR} && modifiedDate>2020-01-01" ->
                    stringIs("defaultCurrency", "GBP").or(stringIs("defaultCurrency", "EUR"))
                            .and(dateIs("modifiedDate", d -> d.isAfter(jan2020)));
            case "metadata.isDeleted=false" -> c -> Boolean.FALSE.equals(at(c, "metadata.isDeleted"));
            default -> throw new IllegalArgumentException(query);
        };
    }

    @Test
    void pagePastTheEndOfTheMatchesIsEmptyAndCountsThem() {
        int matches = list("status=Active&&defaultCurrency=GBP", null, 1, 5000).getInt("totalResults");

        JsonPath json = list("status=Active&&defaultCurrency=GBP", "-modifiedDate", 2, matches);

        assertTrue(json.getList("results").isEmpty());
        assertEquals(matches, json.getInt("totalResults"));
        assertEquals(CUSTOMERS + "?page=1&pageSize=" + matches
                        + "&query=status%3DActive%26%26defaultCurrency%3DGBP&orderBy=-modifiedDate",
                json.getMap("_links.previous").get("href"));
    }
}
