package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.codatsandbox.push.Pushes.company;
import static dev.codatsandbox.push.Pushes.create;
import static dev.codatsandbox.push.Pushes.customer;
import static dev.codatsandbox.push.Pushes.poll;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Push operations are counted in {@code /q/metrics} by the status they end in. */
@QuarkusTest
class PushMetricsTest {

    private static final Pattern SUCCEEDED =
            Pattern.compile("^sandbox_push_operations_total\\{status=\"Success\"} ([0-9.]+)$", Pattern.MULTILINE);

    private static double succeeded() {
        String metrics = given().auth().none().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher count = SUCCEEDED.matcher(metrics);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    @Test
    void aSucceededOperationIsCountedOnceWhenItCompletes() {
        double before = succeeded();
        String companyId = company("counted-push");

        String key = create(companyId, customer("Counted Ltd")).getString("pushOperationKey");
        assertEquals("Success", poll(companyId, key).getString("status"));
        poll(companyId, key);

        assertEquals(before + 1, succeeded());
    }
}
