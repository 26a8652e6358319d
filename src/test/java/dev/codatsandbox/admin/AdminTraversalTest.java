package dev.codatsandbox.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * A company id can never name anything outside its path segment: ids that try ({@code ../}, encoded slashes and
 * backslashes, absolute paths) are refused before anything is looked up, and the admin API never opens a file by
 * a name it was given. Paths are sent as written (no client-side encoding or normalising).
 */
@QuarkusTest
class AdminTraversalTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            GET    | /_sandbox/companies/..%2F..%2Fpom.xml/fixture       | 400 | Company id '../../pom.xml' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            GET    | /_sandbox/companies/..%2f..%2fpom.xml/fixture       | 400 | Company id '../../pom.xml' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            GET    | /_sandbox/companies/%2Fetc%2Fpasswd/fixture         | 400 | Company id '/etc/passwd' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            GET    | /_sandbox/companies/..%5C..%5Cpom.xml/fixture       | 400 | `Company id '..\\..\\pom.xml' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.`
            GET    | /_sandbox/companies/C:%5Cwindows%5Cwin.ini/fixture  | 400 | `Company id 'C:\\windows\\win.ini' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.`
            GET    | /_sandbox/companies/..%252F..%252Fpom.xml/fixture   | 400 | Company id '..%2F..%2Fpom.xml' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            DELETE | /_sandbox/companies/..%2Ffixtures%2Facme-edge-cases | 400 | Company id '../fixtures/acme-edge-cases' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            PUT    | /_sandbox/companies/..%2F..%2Fpwned                 | 400 | Company id '../../pwned' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.
            GET    | /_sandbox/companies/%2E%2E/fixture                  | 404 | The requested resource was not found.
            GET    | /_sandbox/companies/../../pom.xml                   | 401 | Unauthorized
            """)
    void idsThatTryToLeaveTheirSegmentAreRefused(String method, String path, int status, String error) {
        given().urlEncodingEnabled(false).auth().none().contentType("application/json").body("{\"id\": \"x\"}")
                .when().request(method, path).then().statusCode(status)
                .body("statusCode", equalTo(status))
                .body("error", equalTo(error))
                .body(not(containsString("<project")));
    }
}
