package dev.codatsandbox.companies;

import dev.codatsandbox.model.Customer;

import java.util.Optional;

/**
 * A company and its customers: what the fixture files and the generator give it ({@link #initial()}) and its
 * current customers, which changes made at run time (push, the admin API) derive from it. The current list is
 * swapped whole, so a reader sees a list before or after a change, never during one.
 */
public final class CompanyData {

    private final String id;
    private final String name;
    private final CustomerList initial;
    private volatile CustomerList current;

    public CompanyData(String id, String name, CustomerList initial) {
        this.id = id;
        this.name = name;
        this.initial = initial;
        this.current = initial;
    }

    public String id() {
        return id;
    }

    /** The company's display name (Codat's {@code name} of a company). */
    public String name() {
        return name;
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
