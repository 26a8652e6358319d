package example;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.client.Fault;
import dev.codatsandbox.client.SandboxClient;
import dev.codatsandbox.client.SandboxCompany;
import dev.codatsandbox.client.junit.CodatSandboxTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A walk through the pages while customers are inserted before the cursor (page drift). */
@CodatSandboxTest
class PagingTest {

    @Test
    void pageDriftDuringAWalkShowsDuplicatesAndAChangedTotal(SandboxClient sandbox, SandboxCompany company)
            throws Exception {
        company.faults().add(Fault.pageDriftInserted(3).afterPage(1));
        Codat codat = new Codat(sandbox);

        List<String> ids = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            JsonNode body = codat.json("GET", "/companies/" + company.id() + "/data/customers?pageSize=10&page="
                    + page, null);
            body.path("results").forEach(customer -> ids.add(customer.path("id").asText()));
            totals.add(body.path("totalResults").asInt());
        }

        assertEquals(List.of(50, 53), totals);
        assertTrue(new HashSet<>(ids).size() < ids.size(), "a paging client by offset sees a customer twice");
    }
}
