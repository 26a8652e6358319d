package dev.codatsandbox.faults;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The default {@code sandbox.faults.file} is read in the fixture folder, which does not take it for a company. */
@QuarkusTest
@TestProfile(FaultsFileInTheFixtureFolder.class)
class FaultsFileTest {

    private static final String CUSTOMERS = "/companies/faults-file-company/data/customers";

    @Test
    void faultsJsonInTheFixtureFolderIsInForceFromStartUpAndIsNotAFixtureCompany() {
        assertEquals(List.of("faults-file-company"), given().when().get("/_sandbox/faults").then().statusCode(200)
                .extract().jsonPath().getList("company"));
        given().when().get(CUSTOMERS).then().statusCode(503);
        given().when().get(CUSTOMERS).then().statusCode(200);
        assertEquals(List.of("faults-file-company.json"), given().when().get("/_sandbox/companies").then()
                .extract().jsonPath().getList("companies.findAll { it.source == 'fixture-file' }.file"));
    }
}
