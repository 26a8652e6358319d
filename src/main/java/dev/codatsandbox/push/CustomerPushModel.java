package dev.codatsandbox.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.errors.CodatError.ValidationItem;
import dev.codatsandbox.model.AddressType;
import dev.codatsandbox.model.PhoneNumberType;
import dev.codatsandbox.model.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the sandbox connection accepts when a customer is pushed: the rules served as the {@code PushOption} of
 * {@code GET …/options/customers}, and the check of a pushed body against exactly those rules.
 *
 * <p>A body is checked in two steps. First its shape: a JSON object whose properties are Customer properties of the
 * right JSON types; anything else is not a Customer (a 400 answer, no push operation). Then the rules: every
 * required field missing, every string too long, every value not among a field's options and every value not in a
 * field's format is listed, each with the path of the field ({@code contacts[0].phone[1].type}), a message and the
 * name of the rule broken ({@code Required}, {@code MaxLength}, {@code AllowedValues}, {@code Format}).
 */
public final class CustomerPushModel {

    /** Customer properties a body may carry that the connection does not push (they are read-only or ignored). */
    private static final Set<String> READ_ONLY = Set.of("id", "metadata", "supplementalData", "modifiedDate",
            "sourceModifiedDate");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private static final List<FieldRule> ADDRESS = List.of(
            FieldRule.choice("type", "Type", "The type of the address", true, names(AddressType.values())),
            FieldRule.string("line1", "Line 1", "The first line of the address", false, 200),
            FieldRule.string("line2", "Line 2", "The second line of the address", false, 200),
            FieldRule.string("city", "City", "The third line of the address, or city", false, 100),
            FieldRule.string("region", "Region", "The fourth line of the address, or region", false, 100),
            FieldRule.string("country", "Country", "The country for the address", false, 100),
            FieldRule.string("postalCode", "Postal/Zip Code", "The postal (or zip) code for the address", false, 20));

    static final FieldRule CUSTOMER = FieldRule.object("customer", "Customer",
            "A customer is a person or organisation who buys goods or services", true, List.of(
                    FieldRule.string("customerName", "Customer Name",
                            "The name for the customer, typically a company name", true, 100),
                    FieldRule.string("contactName", "Contact Name",
                            "The name of the main contact for the customer", false, 100),
                    FieldRule.string("emailAddress", "Email Address",
                            "The preferred Email address the customer should be contacted on", false, 254),
                    FieldRule.formatted("defaultCurrency", "Default Currency",
                            "The default currency for transactions recorded against the customer", false, CURRENCY,
                            "must be an ISO 4217 currency code of three capital letters"),
                    FieldRule.string("phone", "Phone",
                            "The preferred phone number the customer should be contacted on", false, 50),
                    FieldRule.array("addresses", "Addresses", "A collection of addresses associated to the customer",
                            false, ADDRESS),
                    FieldRule.array("contacts", "Contacts", "A collection of alternative contacts for the customer",
                            false, List.of(
                                    FieldRule.string("name", "Name", "The name of the contact", true, 100),
                                    FieldRule.string("email", "Email", "The email address for the contact", false, 254),
                                    FieldRule.array("phone", "Phone", "A collection of phone numbers for the contact",
                                            false, List.of(
                                                    FieldRule.string("number", "Number",
                                                            "The full number including country, and area code where"
                                                                    + " applicable", true, 50),
                                                    FieldRule.choice("type", "Type", "The type of the phone number",
                                                            true, names(PhoneNumberType.values())))),
                                    FieldRule.object("address", "Address", "The address of the contact", false, ADDRESS),
                                    FieldRule.choice("status", "Status", "The status of the contact", true,
                                            names(Status.values())))),
                    FieldRule.string("registrationNumber", "Registration Number",
                            "The customer's registration number", false, 50),
                    FieldRule.string("taxNumber", "Tax Number", "The customer's tax number", false, 50),
                    FieldRule.choice("status", "Status", "The status of the customer", true,
                            names(Status.values()))));

    private CustomerPushModel() {
    }

    /** The {@code PushOption} of customers. */
    public static PushOption option() {
        return option(CUSTOMER);
    }

    private static PushOption option(FieldRule rule) {
        Map<String, PushOption> properties = null;
        if (!rule.properties().isEmpty()) {
            properties = new LinkedHashMap<>();
            for (FieldRule property : rule.properties()) {
                properties.put(property.name(), option(property));
            }
        }
        List<PushOption.Choice> options = rule.options().isEmpty() ? null : rule.options().stream()
                .map(value -> new PushOption.Choice(value, "String", value, rule.displayName() + " " + value, false))
                .toList();
        List<PushOption.FieldValidation> information = new ArrayList<>();
        if (rule.maxLength() > 0) {
            information.add(new PushOption.FieldValidation(rule.name(),
                    "At most " + rule.maxLength() + " characters", null));
        }
        if (rule.format() != null) {
            information.add(new PushOption.FieldValidation(rule.name(),
                    Character.toUpperCase(rule.formatDetails().charAt(0)) + rule.formatDetails().substring(1), null));
        }
        PushOption.ValidationInfo validation = information.isEmpty() ? null
                : new PushOption.ValidationInfo(List.of(), information);
        return new PushOption(rule.type(), rule.displayName(), rule.description(), rule.required(), properties,
                options, validation);
    }

    /**
     * Checks that the body is shaped as a Customer.
     *
     * @throws CodatApiException 400 naming the first property that is not a Customer's, or not of its type
     */
    public static void requireCustomerShape(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw notACustomer("a JSON object is expected");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (READ_ONLY.contains(field.getKey())) {
                boolean objectField = field.getKey().equals("metadata") || field.getKey().equals("supplementalData");
                if (!field.getValue().isNull() && (objectField ? !field.getValue().isObject()
                        : !field.getValue().isTextual())) {
                    throw notACustomer("'" + field.getKey() + "' must be " + (objectField ? "an object" : "a string"));
                }
            }
        }
        requireShape(CUSTOMER, body, "", READ_ONLY);
    }

    private static void requireShape(FieldRule rule, JsonNode node, String path, Set<String> alsoAllowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean known = alsoAllowed.contains(name) || rule.properties().stream().anyMatch(p -> p.name().equals(name))
                    || (name.equals("postalcode") && rule.properties().stream().anyMatch(p -> p.name().equals("postalCode")));
            if (!known) {
                throw notACustomer("'" + path + name + "' is not a property of a Customer");
            }
        }
        for (FieldRule property : rule.properties()) {
            JsonNode value = node.get(property.name());
            if (value == null && property.name().equals("postalCode")) {
                value = node.get("postalcode");
            }
            String at = path + property.name();
            if (value == null || value.isNull()) {
                continue;
            }
            switch (property.type()) {
                case "String" -> {
                    if (!value.isTextual()) {
                        throw notACustomer("'" + at + "' must be a string");
                    }
                }
                case "Object" -> {
                    if (!value.isObject()) {
                        throw notACustomer("'" + at + "' must be an object");
                    }
                    requireShape(property, value, at + ".", Set.of());
                }
                case "Array" -> {
                    if (!value.isArray()) {
                        throw notACustomer("'" + at + "' must be an array");
                    }
                    for (int i = 0; i < value.size(); i++) {
                        if (!value.get(i).isObject()) {
                            throw notACustomer("'" + at + "[" + i + "]' must be an object");
                        }
                        requireShape(property, value.get(i), at + "[" + i + "].",
                                property.name().equals("contacts") ? Set.of("modifiedDate") : Set.of());
                    }
                }
                default -> throw new IllegalStateException("Unknown field type " + property.type());
            }
        }
    }

    /** Every problem of a Customer-shaped body under the connection's rules, in field order; empty when valid. */
    public static List<ValidationItem> problems(JsonNode body) {
        List<ValidationItem> problems = new ArrayList<>();
        check(CUSTOMER, body, "", problems);
        return problems;
    }

    private static void check(FieldRule rule, JsonNode node, String path, List<ValidationItem> problems) {
        for (FieldRule property : rule.properties()) {
            JsonNode value = node.get(property.name());
            if ((value == null || value.isNull()) && property.name().equals("postalCode")) {
                value = node.get("postalcode");
            }
            String at = path + property.name();
            boolean missing = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
            if (missing) {
                if (property.required()) {
                    problems.add(new ValidationItem(at, property.displayName() + " is required.", "Required"));
                }
                continue;
            }
            switch (property.type()) {
                case "String" -> checkString(property, value.asText(), at, problems);
                case "Object" -> check(property, value, at + ".", problems);
                case "Array" -> {
                    for (int i = 0; i < value.size(); i++) {
                        check(property, value.get(i), at + "[" + i + "].", problems);
                    }
                }
                default -> throw new IllegalStateException("Unknown field type " + property.type());
            }
        }
    }

    private static void checkString(FieldRule rule, String text, String at, List<ValidationItem> problems) {
        int length = text.codePointCount(0, text.length());
        if (rule.maxLength() > 0 && length > rule.maxLength()) {
            problems.add(new ValidationItem(at, rule.displayName() + " must be at most " + rule.maxLength()
                    + " characters; it has " + length + ".", "MaxLength"));
        }
        if (!rule.options().isEmpty() && !rule.options().contains(text)) {
            problems.add(new ValidationItem(at, rule.displayName() + " must be one of "
                    + String.join(", ", rule.options()) + "; it is '" + text + "'.", "AllowedValues"));
        }
        if (rule.format() != null && !rule.format().matcher(text).matches()) {
            problems.add(new ValidationItem(at, rule.displayName() + " " + rule.formatDetails()
                    + "; it is '" + text + "'.", "Format"));
        }
    }

    static CodatApiException notACustomer(String why) {
        return new CodatApiException(400, "Request body is not a Customer: " + why + ".");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
