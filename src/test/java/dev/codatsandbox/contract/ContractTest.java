package dev.codatsandbox.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract battery: requests of every kind the Customers endpoints take, each answer validated against Codat's
 * OpenAPI description ({@link Contract}). A row names the request, its method, its path (query strings exactly as
 * sent, already URL-encoded), how it is sent, and the statuses it may answer: one where the answer is settled,
 * {@code 200/400} where Codat allows either (a double-encoded query: understood, or a clear 400); either way the
 * answer must be Codat's shape.
 *
 * <p>Path placeholders: {@code {company}} the default company, {@code {generated}} a generated customer of it,
 * {@code {other}} a company generated on first use and {@code {otherCustomer}} one of its customers.
 */
@QuarkusTest
class ContractTest {

    static final String OTHER = "5b0c3b1e-6f3a-4d2c-9e8f-0a1b2c3d4e5f";
    static final String CUSTOMERS = "/companies/{company}/data/customers";

    /** How a request is sent: with the demo API key (the default), without one, asking for XML, or with an XML body. */
    enum Sending { KEY, NO_KEY, ACCEPT_XML, XML_BODY }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            first page                         | GET    | /companies/{company}/data/customers?page=1&pageSize=20                 | KEY        | 200
            middle page                        | GET    | /companies/{company}/data/customers?page=2&pageSize=20                 | KEY        | 200
            last page                          | GET    | /companies/{company}/data/customers?page=3&pageSize=20                 | KEY        | 200
            page just past the end             | GET    | /companies/{company}/data/customers?page=4&pageSize=20                 | KEY        | 200
            page far past the end              | GET    | /companies/{company}/data/customers?page=2000000000&pageSize=5000      | KEY        | 200
            default paging                     | GET    | /companies/{company}/data/customers                                    | KEY        | 200
            empty paging values                | GET    | /companies/{company}/data/customers?page=&pageSize=                    | KEY        | 200
            pageSize 1                         | GET    | /companies/{company}/data/customers?page=1&pageSize=1                  | KEY        | 200
            pageSize 1, last page              | GET    | /companies/{company}/data/customers?page=51&pageSize=1                 | KEY        | 200
            pageSize 5000                      | GET    | /companies/{company}/data/customers?page=1&pageSize=5000               | KEY        | 200
            documented example by id           | GET    | /companies/{company}/data/customers/71                                 | KEY        | 200
            generated customer by id           | GET    | /companies/{company}/data/customers/{generated}                        | KEY        | 200
            first-use company, first page      | GET    | /companies/{other}/data/customers?page=1&pageSize=10                   | KEY        | 200
            first-use company, whole list      | GET    | /companies/{other}/data/customers?pageSize=5000                        | KEY        | 200
            first-use company, customer by id  | GET    | /companies/{other}/data/customers/{otherCustomer}                      | KEY        | 200
            upper-case company id              | GET    | /companies/919371AB-763C-4BC7-99A4-9723CADE34D3/data/customers/71      | KEY        | 200
            query by status                    | GET    | /companies/{company}/data/customers?query=status%3DActive              | KEY        | 200
            query by id                        | GET    | /companies/{company}/data/customers?query=id%3D71                      | KEY        | 200
            query double-encoded               | GET    | /companies/{company}/data/customers?query=id%253D71                    | KEY        | 200/400
            query and orderBy, README example  | GET    | /companies/{company}/data/customers?query=status%3DActive%26%26defaultCurrency%3DGBP&orderBy=-modifiedDate&pageSize=3 | KEY | 200
            query grouped                      | GET    | /companies/{company}/data/customers?query=%7BcustomerName~Coyote%20%7C%7C%20customerName~Road%7D%20%26%26%20status%3DActive | KEY | 200
            query on a dot path                | GET    | /companies/{company}/data/customers?query=metadata.isDeleted%3Dtrue    | KEY        | 200
            query on a date                    | GET    | /companies/{company}/data/customers?query=modifiedDate%3E2023-01-01&page=2&pageSize=5 | KEY | 200
            orderBy ascending                  | GET    | /companies/{company}/data/customers?orderBy=customerName&pageSize=10   | KEY        | 200
            orderBy descending                 | GET    | /companies/{company}/data/customers?orderBy=-modifiedDate&pageSize=10  | KEY        | 200
            malformed query                    | GET    | /companies/{company}/data/customers?query=status%3D%3D%26%26           | KEY        | 400
            query on an unknown property       | GET    | /companies/{company}/data/customers?query=isCompleted%3Dtrue           | KEY        | 400
            query on an array property         | GET    | /companies/{company}/data/customers?query=addresses%3DLeeds            | KEY        | 400
            query with a value of wrong type   | GET    | /companies/{company}/data/customers?query=modifiedDate%3Dyesterday     | KEY        | 400
            orderBy an unknown property        | GET    | /companies/{company}/data/customers?orderBy=shoeSize                   | KEY        | 400
            page 0                             | GET    | /companies/{company}/data/customers?page=0                             | KEY        | 400
            page not a number                  | GET    | /companies/{company}/data/customers?page=abc                           | KEY        | 400
            pageSize 0                         | GET    | /companies/{company}/data/customers?pageSize=0                         | KEY        | 400
            pageSize 5001                      | GET    | /companies/{company}/data/customers?pageSize=5001                      | KEY        | 400
            page and pageSize both bad         | GET    | /companies/{company}/data/customers?page=x&pageSize=5001               | KEY        | 400
            list without an API key            | GET    | /companies/{company}/data/customers                                    | NO_KEY     | 401
            customer without an API key        | GET    | /companies/{company}/data/customers/71                                 | NO_KEY     | 401
            unknown path without an API key    | GET    | /no/such/path                                                          | NO_KEY     | 401
            company not in UUID form           | GET    | /companies/not-a-company/data/customers                                | KEY        | 404
            customer of an unknown company     | GET    | /companies/not-a-company/data/customers/71                             | KEY        | 404
            unknown customer                   | GET    | /companies/{company}/data/customers/no-such-customer                   | KEY        | 404
            unknown customer of first-use co.  | GET    | /companies/{other}/data/customers/71                                   | KEY        | 404
            unknown data type                  | GET    | /companies/{company}/data/invoices                                     | KEY        | 404
            unknown path                       | GET    | /no/such/path                                                          | KEY        | 404
            POST on the list                   | POST   | /companies/{company}/data/customers                                    | KEY        | 405
            DELETE on a customer               | DELETE | /companies/{company}/data/customers/71                                 | KEY        | 405
            PUT on a customer                  | PUT    | /companies/{company}/data/customers/71                                 | KEY        | 405
            list, XML asked for                | GET    | /companies/{company}/data/customers                                    | ACCEPT_XML | 406
            customer, XML asked for            | GET    | /companies/{company}/data/customers/71                                 | ACCEPT_XML | 406
            """)
    void answerIsValidAgainstCodatsOpenApi(String name, String method, String path, Sending sending, String statuses) {
        String resolved = resolve(path);
        Response response = send(method, resolved, sending);

        List<Integer> allowed = Arrays.stream(statuses.split("/")).map(Integer::valueOf).toList();
        assertTrue(allowed.contains(response.statusCode()),
                name + ": status " + response.statusCode() + ", expected " + statuses + "; " + response.asString());
        assertTrue(response.contentType().startsWith("application/json"), name + ": " + response.contentType());
        Contract.assertValid(method, resolved, response.statusCode(), response.asString());
    }

    /** The sandbox's own 415 comes only from an endpoint that reads a body; the test application has one. */
    @Test
    void bodyOfAnUnsupportedMediaTypeIsValidAgainstCodatsOpenApi() {
        Response response = send("POST", "/test-only/json-body", Sending.XML_BODY);

        assertEquals(415, response.statusCode());
        Contract.assertValid("POST", "/test-only/json-body", 415, response.asString());
    }

    @Test
    void unexpectedFailureIsValidAgainstCodatsOpenApi() {
        Response response = send("GET", "/test-only/bug", Sending.KEY);

        assertEquals(500, response.statusCode());
        Contract.assertValid("GET", "/test-only/bug", 500, response.asString());
    }

    /** The battery would pass vacuously if the validator passed anything: show it catches what it must. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postal code misspelt     | GET | /companies/x/data/customers/c1 | 200 | {"id":"c1","status":"Active","addresses":[{"type":"Billing","postalcode":"LS1"}]}
            status missing           | GET | /companies/x/data/customers/c1 | 200 | {"id":"c1"}
            status not Codat's       | GET | /companies/x/data/customers/c1 | 200 | {"id":"c1","status":"Deleted"}
            null date, not the example | GET | /companies/x/data/customers/c1 | 200 | {"id":"c1","status":"Active","modifiedDate":null}
            contact without status   | GET | /companies/x/data/customers/c1 | 200 | {"id":"c1","status":"Active","contacts":[{"name":"A"}]}
            envelope without links   | GET | /companies/x/data/customers    | 200 | {"results":[],"pageNumber":1,"pageSize":1,"totalResults":0}
            page size over 5000      | GET | /companies/x/data/customers    | 200 | {"results":[],"pageNumber":1,"pageSize":5001,"totalResults":0,"_links":{"self":{"href":"/a"},"current":{"href":"/a"}}}
            error code as text       | GET | /companies/x/data/customers    | 404 | {"statusCode":"404","error":"Not found."}
            undocumented success     | POST | /companies/x/data/customers   | 200 | {}
            """)
    void validatorRejectsAnswersCodatsSchemaForbids(String name, String method, String path, int status, String body) {
        assertFalse(Contract.violations(method, path, status, body).isEmpty(), name);
    }

    /** The trimmed description carries the push and Platform operations too, ready for their tests. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            push operation, complete | true  | GET | /companies/c/push/k | {"dataType":"customers","companyId":"8a210b68-6988-11ed-a1eb-0242ac120002","pushOperationKey":"2e9d2c44-f675-40ba-8049-353bfcb5e171","dataConnectionKey":"2e9d2c44-f675-40ba-8049-353bfcb5e172","requestedOnUtc":"2022-10-23T00:00:00Z","completedOnUtc":"2022-10-23T00:00:05Z","status":"Success","statusCode":200,"changes":[]}
            push operation, no key   | false | GET | /companies/c/push/k | {"dataType":"customers","companyId":"8a210b68-6988-11ed-a1eb-0242ac120002","dataConnectionKey":"2e9d2c44-f675-40ba-8049-353bfcb5e172","requestedOnUtc":"2022-10-23T00:00:00Z","status":"Success","statusCode":200}
            push operation, status   | false | GET | /companies/c/push/k | {"dataType":"customers","companyId":"8a210b68-6988-11ed-a1eb-0242ac120002","pushOperationKey":"2e9d2c44-f675-40ba-8049-353bfcb5e171","dataConnectionKey":"2e9d2c44-f675-40ba-8049-353bfcb5e172","requestedOnUtc":"2022-10-23T00:00:00Z","status":"Done","statusCode":200}
            connection, incomplete   | false | GET | /companies/c/connections/d | {"id":"2e9d2c44-f675-40ba-8049-353bfcb5e171","status":"Linked"}
            """)
    void pushAndPlatformOperationsAreChecked(String name, boolean valid, String method, String path, String body) {
        assertEquals(valid, Contract.violations(method, path, 200, body).isEmpty(),
                name + ": " + Contract.violations(method, path, 200, body));
    }

    /** Each quirk excuses exactly what its reason says, in answers the sandbox really gives, and nothing more. */
    @Test
    void quirksExcuseOnlyTheDocumentedExamplesNullDatesAndPageSizesAbove2000() {
        String example = send("GET", resolve(CUSTOMERS + "/71"), Sending.KEY).asString();
        String wholeList = send("GET", resolve(CUSTOMERS + "?pageSize=5000"), Sending.KEY).asString();

        List<String> exampleViolations = Contract.violations("GET", resolve(CUSTOMERS + "/71"), 200, example, List.of());
        assertEquals(3, exampleViolations.size(), exampleViolations.toString());
        assertTrue(exampleViolations.stream().anyMatch(v -> v.contains("at /modifiedDate:")), exampleViolations.toString());
        assertTrue(exampleViolations.stream().anyMatch(v -> v.contains("at /sourceModifiedDate:")), exampleViolations.toString());
        assertTrue(exampleViolations.stream().anyMatch(v -> v.contains("at /contacts/0/modifiedDate:")),
                exampleViolations.toString());
        List<String> listViolations = Contract.violations("GET", resolve(CUSTOMERS), 200, wholeList, List.of());
        assertEquals(4, listViolations.size(), "the example's three dates and pageSize: " + listViolations);
        assertTrue(listViolations.stream().anyMatch(v -> v.contains("at /pageSize:")), listViolations.toString());
        assertTrue(Contract.violations("GET", resolve(CUSTOMERS), 200, wholeList).isEmpty());
        assertFalse(Contract.violations("GET", resolve(CUSTOMERS + "/71"), 200,
                example.replace("\"id\":\"71\"", "\"id\":\"72\"")).isEmpty(), "nulls of another customer are violations");
    }

    private Response send(String method, String path, Sending sending) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        request = switch (sending) {
            case KEY -> request;
            case NO_KEY -> request.auth().none();
            case ACCEPT_XML -> request.accept(ContentType.XML);
            case XML_BODY -> request.contentType(ContentType.XML).body("<customer/>");
        };
        return request.request(method, path).then().extract().response();
    }

    private String resolve(String path) {
        String resolved = path.replace("{company}", DEFAULT_COMPANY).replace("{other}", OTHER);
        if (resolved.contains("{generated}")) {
            resolved = resolved.replace("{generated}", customerAt(DEFAULT_COMPANY, 2));
        }
        if (resolved.contains("{otherCustomer}")) {
            resolved = resolved.replace("{otherCustomer}", customerAt(OTHER, 7));
        }
        return resolved;
    }

    /** The id of the customer at this place (from 1) in a company's list. */
    private static String customerAt(String company, int place) {
        return given().queryParam("page", place).queryParam("pageSize", 1)
                .get("/companies/" + company + "/data/customers")
                .then().statusCode(200).extract().jsonPath().getString("results[0].id");
    }
}
