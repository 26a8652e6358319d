package dev.codatsandbox.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.codatsandbox.companies.CustomerList;
import dev.codatsandbox.companies.DocumentedExample;
import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.generator.Localities;
import dev.codatsandbox.generator.Vocabulary;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.PageRequest;
import dev.codatsandbox.paging.Paginator;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The served page body, assembled from reused customer bytes, is byte for byte what plain Jackson serialisation of the
 * same page gives: computed here from a generator of the default seed over a plain list, independently of the server.
 */
@QuarkusTest
class PageBytesTest {

    static final ObjectMapper PLAIN_JACKSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final CustomerGenerator GENERATOR = new CustomerGenerator(42, Localities.load(), Vocabulary.load());

    static byte[] plainJackson(String companyId, List<Customer> stated, int page, int pageSize) throws Exception {
        List<Customer> all = new ArrayList<>(CustomerList.of(companyId, stated, GENERATOR, 50));
        return PLAIN_JACKSON.writeValueAsBytes(Paginator.page(all, new PageRequest(page, pageSize),
                "/companies/" + companyId + "/data/customers"));
    }

    static byte[] served(String companyId, int page, int pageSize) {
        return given().queryParam("page", page).queryParam("pageSize", pageSize)
                .when().get("/companies/" + companyId + "/data/customers")
                .then().statusCode(200).contentType("application/json")
                .extract().asByteArray();
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource({"1, 100", "1, 2", "2, 20", "3, 20", "26, 2", "4, 20", "1, 5000"})
    void defaultCompanyPageIsPlainJacksonBytesColdAndWarm(int page, int pageSize) throws Exception {
        byte[] expected = plainJackson(DEFAULT_COMPANY, List.of(DocumentedExample.customer()), page, pageSize);

        assertArrayEquals(expected, served(DEFAULT_COMPANY, page, pageSize), "first request");
        assertArrayEquals(expected, served(DEFAULT_COMPANY, page, pageSize), "repeated request");
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource({"1, 100", "2, 7", "1, 1"})
    void firstUseCompanyPageIsPlainJacksonBytesColdAndWarm(int page, int pageSize) throws Exception {
        String company = "5b0c3e0a-1a2b-4c3d-8e9f-00112233aabb";
        byte[] expected = plainJackson(company, List.of(), page, pageSize);

        assertArrayEquals(expected, served(company, page, pageSize), "first request");
        assertArrayEquals(expected, served(company.toUpperCase(), page, pageSize), "repeated request, id in upper case");
    }
}
