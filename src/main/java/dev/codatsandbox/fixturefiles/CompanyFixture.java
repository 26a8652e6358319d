package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.attachments.CustomerAttachment;
import dev.codatsandbox.model.CompanyProfile;
import dev.codatsandbox.model.Customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A company as a valid fixture gives it: its id (UUID-form ids in lower case), what Codat's {@code Company} says of
 * it (stated, or generated for the fields the file leaves out), the customers it states, how many customers are
 * generated after them and from which seed, the customers applied after those (each replaces the generated customer
 * with its id, or is added at the end), and the attachments of stated customers, by customer id.
 *
 * @param file the file it was read from, or {@code request body}
 */
public record CompanyFixture(String file, String id, CompanyProfile profile, List<Customer> customers, long seed,
                             int generatedCount, List<Customer> customersAfterGenerated,
                             Map<String, List<CustomerAttachment>> attachments) {

    public CompanyFixture {
        customers = List.copyOf(customers);
        customersAfterGenerated = List.copyOf(customersAfterGenerated);
        attachments = Collections.unmodifiableMap(new LinkedHashMap<>(attachments));
    }

    public String name() {
        return profile.name();
    }
}
