package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.model.Customer;

import java.util.List;

/**
 * A company as a valid fixture gives it: its id (UUID-form ids in lower case), its name, the customers it states,
 * how many customers are generated after them and from which seed, and the customers applied after those (each
 * replaces the generated customer with its id, or is added at the end).
 *
 * @param file the file it was read from, or {@code request body}
 */
public record CompanyFixture(String file, String id, String name, List<Customer> customers, long seed,
                             int generatedCount, List<Customer> customersAfterGenerated) {

    public CompanyFixture {
        customers = List.copyOf(customers);
        customersAfterGenerated = List.copyOf(customersAfterGenerated);
    }
}
