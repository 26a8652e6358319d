package dev.codatsandbox.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Codat's Customer as JSON, described once: each object's fields by their JSON names in wire order, what each holds,
 * the names it is also read under, and how to read it from the model record. The fixture reader's field sets, the
 * push model's field types, options and read-only fields, and the query language's property table are made from
 * it when their classes load; the records themselves and the hand-written writer are held to it by tests.
 *
 * <p>It states what the wire says and nothing of any one reader's rules: which fields a fixture requires, what a push
 * accepts and how long its strings may be stay with the fixture reader and the push model. It is plain code (method
 * references, not reflection over the records), so the native image needs nothing registered for it.
 */
public final class CustomerSchema {

    /** What a field holds on the wire. */
    public enum Kind {
        /** A string. */
        TEXT,
        /** A string that is the name of one of an enum's constants ({@link Field#values()}). */
        ENUM,
        /** true or false. */
        BOOLEAN,
        /** An ISO 8601 date and time, as a string. */
        DATE,
        /** An object with fields of its own ({@link Field#type()}). */
        OBJECT,
        /** An array of objects ({@link Field#type()} each). */
        LIST,
        /** Content the sandbox keeps as it was given and does not describe. */
        FREE_FORM
    }

    /**
     * One field of an object.
     *
     * @param values  for an enum, its constants as spelled on the wire; empty otherwise
     * @param type    for an object, its type; for a list, its items' type; null otherwise
     * @param aliases other names the field is read under (never written)
     */
    public record Field<R>(String name, Kind kind, Function<R, ?> accessor, List<String> values, Type<?> type,
                           List<String> aliases) {

        public Field {
            values = List.copyOf(values);
            aliases = List.copyOf(aliases);
        }

        /** The field's value in a record of its object's type (the enum itself for an enum), or null. */
        @SuppressWarnings("unchecked")
        public Object value(Object record) {
            return ((Function<Object, ?>) accessor).apply(record);
        }
    }

    /** An object type: its name as Codat's schema spells it, and its fields in wire order. */
    public static final class Type<R> {

        private final String name;
        private final List<Field<R>> fields;
        private final List<String> names;
        private final Set<String> acceptedNames;

        private Type(String name, List<Field<R>> fields) {
            this.name = name;
            this.fields = List.copyOf(fields);
            this.names = this.fields.stream().map(Field::name).toList();
            Set<String> accepted = new LinkedHashSet<>(names);
            this.fields.forEach(field -> accepted.addAll(field.aliases()));
            this.acceptedNames = Collections.unmodifiableSet(accepted);
        }

        /** The type's name as Codat's schema spells it ({@code PhoneNumber}). */
        public String name() {
            return name;
        }

        public List<Field<R>> fields() {
            return fields;
        }

        /** The fields' JSON names, in wire order. */
        public List<String> names() {
            return names;
        }

        /** Every name a field of this type is read under: its JSON names in wire order, then their aliases. */
        public Set<String> acceptedNames() {
            return acceptedNames;
        }

        /** The field of this JSON name (aliases not included). */
        public Optional<Field<R>> field(String name) {
            return fields.stream().filter(field -> field.name().equals(name)).findFirst();
        }

        @Override
        public String toString() {
            return name + names;
        }
    }

    public static final Type<PhoneNumber> PHONE_NUMBER = new Builder<PhoneNumber>("PhoneNumber")
            .text("number", PhoneNumber::number)
            .enumeration("type", PhoneNumberType.values(), PhoneNumber::type)
            .build();

    /** Codat's data-model page spells a contact's postal code {@code postalcode}; it is read under that name too. */
    public static final Type<Address> ADDRESS = new Builder<Address>("Address")
            .enumeration("type", AddressType.values(), Address::type)
            .text("line1", Address::line1)
            .text("line2", Address::line2)
            .text("city", Address::city)
            .text("region", Address::region)
            .text("country", Address::country)
            .text("postalCode", Address::postalCode).alias("postalcode")
            .build();

    public static final Type<Contact> CONTACT = new Builder<Contact>("Contact")
            .text("name", Contact::name)
            .text("email", Contact::email)
            .list("phone", PHONE_NUMBER, Contact::phone)
            .object("address", ADDRESS, Contact::address)
            .enumeration("status", Status.values(), Contact::status)
            .date("modifiedDate", Contact::modifiedDate)
            .build();

    public static final Type<Metadata> METADATA = new Builder<Metadata>("Metadata")
            .bool("isDeleted", Metadata::isDeleted)
            .build();

    public static final Type<SupplementalData> SUPPLEMENTAL_DATA = new Builder<SupplementalData>("SupplementalData")
            .freeForm("content", SupplementalData::content)
            .build();

    public static final Type<Customer> CUSTOMER = new Builder<Customer>("Customer")
            .text("id", Customer::id)
            .text("customerName", Customer::customerName)
            .text("contactName", Customer::contactName)
            .text("emailAddress", Customer::emailAddress)
            .text("defaultCurrency", Customer::defaultCurrency)
            .text("phone", Customer::phone)
            .list("addresses", ADDRESS, Customer::addresses)
            .list("contacts", CONTACT, Customer::contacts)
            .text("registrationNumber", Customer::registrationNumber)
            .text("taxNumber", Customer::taxNumber)
            .enumeration("status", Status.values(), Customer::status)
            .object("metadata", METADATA, Customer::metadata)
            .object("supplementalData", SUPPLEMENTAL_DATA, Customer::supplementalData)
            .date("modifiedDate", Customer::modifiedDate)
            .date("sourceModifiedDate", Customer::sourceModifiedDate)
            .build();

    private CustomerSchema() {
    }

    /** Adds an object type's fields in wire order. */
    private static final class Builder<R> {

        private final String name;
        private final List<Field<R>> fields = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder<R> text(String field, Function<R, String> accessor) {
            return add(new Field<>(field, Kind.TEXT, accessor, List.of(), null, List.of()));
        }

        Builder<R> enumeration(String field, Enum<?>[] constants, Function<R, ? extends Enum<?>> accessor) {
            List<String> names = Arrays.stream(constants).map(Enum::name).toList();
            return add(new Field<>(field, Kind.ENUM, accessor, names, null, List.of()));
        }

        Builder<R> bool(String field, Function<R, Boolean> accessor) {
            return add(new Field<>(field, Kind.BOOLEAN, accessor, List.of(), null, List.of()));
        }

        Builder<R> date(String field, Function<R, Instant> accessor) {
            return add(new Field<>(field, Kind.DATE, accessor, List.of(), null, List.of()));
        }

        Builder<R> object(String field, Type<?> type, Function<R, ?> accessor) {
            return add(new Field<>(field, Kind.OBJECT, accessor, List.of(), type, List.of()));
        }

        Builder<R> list(String field, Type<?> itemType, Function<R, ? extends List<?>> accessor) {
            return add(new Field<>(field, Kind.LIST, accessor, List.of(), itemType, List.of()));
        }

        Builder<R> freeForm(String field, Function<R, ?> accessor) {
            return add(new Field<>(field, Kind.FREE_FORM, accessor, List.of(), null, List.of()));
        }

        /** Another name the field added last is read under. */
        Builder<R> alias(String alias) {
            Field<R> last = fields.remove(fields.size() - 1);
            List<String> aliases = new ArrayList<>(last.aliases());
            aliases.add(alias);
            return add(new Field<>(last.name(), last.kind(), last.accessor(), last.values(), last.type(),
                    List.copyOf(aliases)));
        }

        Type<R> build() {
            return new Type<>(name, fields);
        }

        private Builder<R> add(Field<R> field) {
            fields.add(field);
            return this;
        }
    }
}
