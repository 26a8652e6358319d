package dev.codatsandbox.api;

import dev.codatsandbox.testing.TestSandbox;
import dev.codatsandbox.wire.CustomerBytes;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up warm-up serialises customers without keeping them and changes no answer. */
@QuarkusTest
class WarmUpTest {

    private static final String PAGE = "/companies/" + TestSandbox.DEFAULT_COMPANY + "/data/customers?page=1&pageSize=20";

    @Inject
    WarmUp warmUp;

    @Inject
    CustomerBytes bytes;

    @Test
    void warmUpKeepsNothingAndChangesNoPage() {
        String before = given().when().get(PAGE).then().statusCode(200).extract().asString();
        long cached = bytes.size();

        long written = warmUp.run();

        assertTrue(written > WarmUp.CUSTOMERS * 300L, "every customer was serialised: " + written + " bytes");
        assertEquals(404, given().when().get("/companies/" + WarmUp.COMPANY + "/data/customers").then().extract()
                .statusCode(), "the warm-up's list call created no company");
        assertEquals(cached, bytes.size(), "the byte cache holds what it held before");
        assertEquals(before, given().when().get(PAGE).then().statusCode(200).extract().asString());
    }
}
