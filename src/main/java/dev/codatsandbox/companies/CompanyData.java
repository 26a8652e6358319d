package dev.codatsandbox.companies;

import dev.codatsandbox.attachments.AttachmentGenerator;
import dev.codatsandbox.attachments.CustomerAttachment;
import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.model.CompanyProfile;
import dev.codatsandbox.model.Customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company and its customers: what the fixture files and the generator give it ({@link #initial()}) and its
 * current customers, which changes made at run time (push, the admin API) derive from it. The current list is
 * swapped whole, so a reader sees a list before or after a change, never during one.
 *
 * <p>What Codat says of the company itself is its {@link CompanyProfile}. A customer's attachments are those the
 * fixture states for its id, else, for a customer the generator made (still in the list under its id), those
 * generated for it from the seed; attachments do not change at run time.
 */
public final class CompanyData {

    private final String id;
    private final CompanyProfile profile;
    private final CustomerList initial;
    private final Map<String, List<CustomerAttachment>> attachments;
    private volatile CustomerList current;

    public CompanyData(String id, CompanyProfile profile, CustomerList initial,
                   Map<String, List<CustomerAttachment>> attachments) {
        this.id = id;
        this.profile = profile;
        this.initial = initial;
        this.attachments = Collections.unmodifiableMap(new LinkedHashMap<>(attachments));
        this.current = initial;
    }

    /** A fresh copy of this company's initial state: the same profile, customers and attachments, no changes. */
    public CompanyData fresh() {
        return new CompanyData(id, profile, initial, attachments);
    }

    public String id() {
        return id;
    }

    /** The company's display name (Codat's {@code name} of a company). */
    public String name() {
        return profile.name();
    }

    /** What Codat's {@code Company} says of it besides its id and connections. */
    public CompanyProfile profile() {
        return profile;
    }

    /** The attachments a fixture states, by customer id (generated customers' are not in it). */
    public Map<String, List<CustomerAttachment>> statedAttachments() {
        return attachments;
    }

    /**
     * The attachments of the customer with this id as it is now, or empty when the company has no such customer.
     * A customer with none has an empty list.
     */
    public Optional<List<CustomerAttachment>> attachments(String customerId) {
        CustomerList customers = current;
        int position = customers.position(customerId);
        if (position < 0) {
            return Optional.empty();
        }
        List<CustomerAttachment> stated = attachments.get(customerId);
        if (stated != null) {
            return Optional.of(stated);
        }
        long index = position - customers.statedCount();
        if (index < 0 || index >= customers.generatedCount()) {
            return Optional.of(List.of());
        }
        CustomerGenerator generator = customers.generator();
        Customer generated = generator.generate(customers.companyId(), (int) index);
        return Optional.of(AttachmentGenerator.of(generator.attachmentSeed(customers.companyId(), index), generated));
    }

    /** The customers as they are now, in list order. */
    public CustomerList customers() {
        return current;
    }

    /** The customers as the fixture files and the generator give them, before any run-time change. */
    public CustomerList initial() {
        return initial;
    }

    public Optional<Customer> customer(String customerId) {
        return current.find(customerId);
    }

    /** Creates the customer, or replaces the one with its id; answers the list that results. */
    public synchronized CustomerList put(Customer customer) {
        current = current.with(customer);
        return current;
    }

    /** Drops every run-time change. */
    public synchronized void reset() {
        current = initial;
    }

    /** Whether run-time changes were made since start-up or the last reset. */
    public boolean changed() {
        return current != initial;
    }
}
