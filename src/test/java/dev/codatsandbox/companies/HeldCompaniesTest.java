package dev.codatsandbox.companies;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The bound on companies kept for run-time changes ({@code sandbox.companies.max-held}): companies made by
 * {@code POST /companies}, first-use companies pushed to and companies put through the admin API count; configured
 * and fixture companies do not. One more is Codat's 402, with nothing of it kept; a reset frees the room.
 */
@QuarkusTest
@TestProfile(HeldCompaniesTest.ThreeHeldCompanies.class)
class HeldCompaniesTest {

    static final String CONFIGURED = "acme-test";
    static final String LIMIT_MESSAGE = "The sandbox keeps at most 3 companies made or changed at run time"
            + " (sandbox.companies.max-held); reset the sandbox (POST /_sandbox/reset) to free them, then retry the"
            + " request.";

    /** At most three run-time companies, besides a configured one; small companies. */
    public static class ThreeHeldCompanies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.companies.max-held", "3", "sandbox.companies.ids", CONFIGURED,
                    "sandbox.customers-per-company", "4");
        }
    }

    @BeforeEach
    void reset() {
        given().when().post("/_sandbox/reset").then().statusCode(200);
    }

    private static Response makeCompany(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}").when().post("/companies");
    }

    private static String made(String name) {
        return makeCompany(name).then().statusCode(200).extract().path("id");
    }

    private static String firstUse(int n) {
        return String.format("4e1d0000-0000-4000-8000-%012d", n);
    }

    private static Response push(String companyId) {
        String connection = given().when().get("/companies/" + companyId + "/connections")
                .then().statusCode(200).extract().path("results[0].id");
        return given().contentType(ContentType.JSON)
                .body("{\"customerName\": \"Held Ltd\", \"status\": \"Active\", \"defaultCurrency\": \"GBP\"}")
                .when().post("/companies/" + companyId + "/connections/" + connection + "/push/customers");
    }

    private static Response putFixture(String companyId) {
        return given().contentType(ContentType.JSON).body("{\"id\": \"" + companyId + "\", \"generated\": {\"count\": 2}}")
                .when().put("/_sandbox/companies/{id}", companyId);
    }

    private static List<String> listedIds() {
        return given().when().get("/_sandbox/companies").then().statusCode(200).extract().jsonPath()
                .getList("companies.id", String.class);
    }

    /** Codat's error body for the limit: status 402, Codat's fields, the message naming the key. */
    private static void assertLimitAnswer(Response answer) {
        answer.then().statusCode(402).contentType("application/json")
                .body("statusCode", equalTo(402))
                .body("service", equalTo("PublicApi"))
                .body("error", equalTo(LIMIT_MESSAGE))
                .body("correlationId", matchesPattern("[0-9a-f]{32}"))
                .body("canBeRetried", equalTo("Unknown"))
                .body("detailedErrorCode", equalTo(0));
    }

    @Test
    void companyMadePastTheLimitIs402AndNothingOfItIsKept() {
        List<String> listedBefore = listedIds();
        List<String> ids = List.of(made("One"), made("Two"), made("Three"));

        assertLimitAnswer(makeCompany("Four"));

        List<String> platformIds = given().queryParam("pageSize", 100).when().get("/companies").then().statusCode(200)
                .extract().jsonPath().getList("results.id", String.class);
        assertEquals(ids, platformIds.subList(platformIds.size() - 3, platformIds.size()));
        assertEquals(listedBefore.size() + 3, listedIds().size());
        for (String id : ids) {
            given().when().get("/companies/" + id).then().statusCode(200).body("id", equalTo(id));
            given().when().get("/companies/" + id + "/data/customers").then().statusCode(200)
                    .body("totalResults", equalTo(4));
        }
    }

    @Test
    void pushToAFirstUseCompanyPastTheLimitIs402WhileHeldCompaniesKeepWorking() {
        for (int n = 1; n <= 3; n++) {
            push(firstUse(n)).then().statusCode(200);
        }

        assertLimitAnswer(push(firstUse(4)));

        assertFalse(listedIds().contains(firstUse(4)), "a refused push keeps nothing of its company");
        given().when().get("/companies/" + firstUse(4) + "/push").then().statusCode(200)
                .body("results.size()", equalTo(0));
        given().when().get("/companies/" + firstUse(4) + "/data/customers").then().statusCode(200)
                .body("totalResults", equalTo(4));
        push(firstUse(1)).then().statusCode(200);
        given().when().get("/companies/" + firstUse(1) + "/push").then().statusCode(200)
                .body("results.size()", equalTo(2));
    }

    @Test
    void adminPutOfANewCompanyPastTheLimitIs402ButReplacingOneIsNot() {
        putFixture("put-one").then().statusCode(200);
        putFixture("put-two").then().statusCode(200);
        made("Three");

        assertLimitAnswer(putFixture("put-four"));

        given().when().get("/_sandbox/companies/put-four").then().statusCode(404);
        putFixture("put-one").then().statusCode(200).body("customers", equalTo(2));
        putFixture(CONFIGURED).then().statusCode(200).body("source", equalTo("admin"));
        given().when().get("/companies/put-two/data/customers").then().statusCode(200)
                .body("totalResults", equalTo(2));
    }

    @Test
    void deletingAFirstUseCompanyKeepsAMarkThatCountsButDeletingAKeptOneAlwaysWorks() {
        given().when().delete("/_sandbox/companies/{id}", firstUse(1)).then().statusCode(200);
        made("Two");
        String three = made("Three");

        assertLimitAnswer(given().when().delete("/_sandbox/companies/{id}", firstUse(2)));

        given().when().get("/companies/" + firstUse(2) + "/data/customers").then().statusCode(200);
        given().when().delete("/_sandbox/companies/{id}", three).then().statusCode(200);
        given().when().delete("/_sandbox/companies/{id}", CONFIGURED).then().statusCode(200);
        given().when().get("/companies/" + firstUse(1) + "/data/customers").then().statusCode(404);
    }

    @Test
    void configuredAndFirstUseReadsDoNotCount() {
        for (int n = 10; n < 30; n++) {
            given().when().get("/companies/" + firstUse(n) + "/data/customers").then().statusCode(200);
        }
        push(CONFIGURED).then().statusCode(200);

        made("One");
        made("Two");
        made("Three");
    }

    @Test
    void resetFreesTheRoom() {
        made("One");
        push(firstUse(1)).then().statusCode(200);
        putFixture("put-one").then().statusCode(200);
        assertLimitAnswer(makeCompany("Four"));

        given().when().post("/_sandbox/reset").then().statusCode(200);

        made("Again one");
        push(firstUse(2)).then().statusCode(200);
        putFixture("put-two").then().statusCode(200);
        assertLimitAnswer(push(firstUse(3)));
    }
}
