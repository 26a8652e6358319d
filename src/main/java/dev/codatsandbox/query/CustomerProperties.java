package dev.codatsandbox.query;

import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Status;

/**
 * The properties of a {@link Customer} that queries and orderBy know, in the order of its wire fields. Arrays
 * ({@code addresses}, {@code contacts}) and {@code supplementalData} are listed so a query naming them is told
 * why it cannot use them, rather than that they do not exist.
 */
public final class CustomerProperties {

    public static final PropertyTable<Customer> TABLE = PropertyTable.<Customer>builder()
            .string("id", Customer::id)
            .string("customerName", Customer::customerName)
            .string("contactName", Customer::contactName)
            .string("emailAddress", Customer::emailAddress)
            .string("defaultCurrency", Customer::defaultCurrency)
            .string("phone", Customer::phone)
            .array("addresses")
            .array("contacts")
            .string("registrationNumber", Customer::registrationNumber)
            .string("taxNumber", Customer::taxNumber)
            .enumeration("status", Status.values(), Customer::status)
            .bool("metadata.isDeleted", customer -> customer.metadata() == null ? null : customer.metadata().isDeleted())
            .opaque("supplementalData")
            .date("modifiedDate", Customer::modifiedDate)
            .date("sourceModifiedDate", Customer::sourceModifiedDate)
            .build();

    private CustomerProperties() {
    }
}
