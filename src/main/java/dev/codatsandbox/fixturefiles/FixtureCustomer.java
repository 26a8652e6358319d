package dev.codatsandbox.fixturefiles;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.codatsandbox.model.Address;
import dev.codatsandbox.model.AddressType;
import dev.codatsandbox.model.Contact;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Metadata;
import dev.codatsandbox.model.PhoneNumber;
import dev.codatsandbox.model.PhoneNumberType;
import dev.codatsandbox.model.Status;
import dev.codatsandbox.model.SupplementalData;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * A customer as a fixture file writes it: Codat's Customer exactly as the API serves it, with enum values and
 * dates kept as text so that the rules of Codat's schema are checked one by one and every broken rule of a
 * customer is reported together, not the first one only. {@link #customer()} makes the model record the API
 * serves. The rules live here, not on {@link Customer}, so that generated customers and pushed ones (which push
 * validates by its own rules) are not bound by them. The records' components are the fields of
 * {@link dev.codatsandbox.model.CustomerSchema}, in its order ({@code FixtureCustomerTest} holds them so); the rules
 * on them are the fixture's own.
 */
@RegisterForReflection
public record FixtureCustomer(
        @NotBlank(message = "is required and must not be blank.") String id,
        String customerName,
        String contactName,
        String emailAddress,
        @IsoCurrency String defaultCurrency,
        String phone,
        List<@NotNull(message = "must not be null.") @Valid FixtureAddress> addresses,
        List<@NotNull(message = "must not be null.") @Valid FixtureContact> contacts,
        String registrationNumber,
        String taxNumber,
        @NotNull(message = "is required: one of Unknown, Active, Archived.") @OneOf(Status.class) String status,
        Metadata metadata,
        SupplementalData supplementalData,
        @IsoDateTime String modifiedDate,
        @IsoDateTime String sourceModifiedDate) {

    /** The model customer; call only once the record is valid. */
    public Customer customer() {
        return new Customer(id, customerName, contactName, emailAddress, defaultCurrency, phone,
                addresses == null ? null : addresses.stream().map(FixtureAddress::address).toList(),
                contacts == null ? null : contacts.stream().map(FixtureContact::contact).toList(),
                registrationNumber, taxNumber, Status.valueOf(status), metadata, supplementalData,
                IsoDateTime.Validator.parse(modifiedDate), IsoDateTime.Validator.parse(sourceModifiedDate));
    }

    /** An address of a customer or a contact, as a fixture file writes it ({@code postalcode} read too). */
    @RegisterForReflection
    public record FixtureAddress(
            @NotNull(message = "is required: one of Unknown, Billing, Delivery.") @OneOf(AddressType.class) String type,
            String line1,
            String line2,
            String city,
            String region,
            String country,
            @JsonAlias("postalcode") String postalCode) {

        Address address() {
            return new Address(AddressType.valueOf(type), line1, line2, city, region, country, postalCode);
        }
    }

    /** A contact of a customer, as a fixture file writes it. */
    @RegisterForReflection
    public record FixtureContact(
            String name,
            String email,
            List<@NotNull(message = "must not be null.") @Valid FixturePhoneNumber> phone,
            @Valid FixtureAddress address,
            @NotNull(message = "is required: one of Unknown, Active, Archived.") @OneOf(Status.class) String status,
            @IsoDateTime String modifiedDate) {

        Contact contact() {
            return new Contact(name, email,
                    phone == null ? null : phone.stream().map(FixturePhoneNumber::phoneNumber).toList(),
                    address == null ? null : address.address(), Status.valueOf(status),
                    IsoDateTime.Validator.parse(modifiedDate));
        }
    }

    /** A contact's phone number, as a fixture file writes it. */
    @RegisterForReflection
    public record FixturePhoneNumber(
            String number,
            @NotNull(message = "is required: one of Primary, Landline, Mobile, Fax, Unknown.")
            @OneOf(PhoneNumberType.class) String type) {

        PhoneNumber phoneNumber() {
            return new PhoneNumber(number, PhoneNumberType.valueOf(type));
        }
    }
}
