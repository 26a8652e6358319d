package dev.codatsandbox.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.errors.CodatError.ValidationItem;
import dev.codatsandbox.model.CustomerSchema;
import dev.codatsandbox.push.FieldRule.Fields;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Which fields are pushed, how they are shown and their limits are the connection's own, stated here; their JSON
 * types, an enum's values, the names a field is also read under and the fields a body may carry without their being
 * pushed come from {@link CustomerSchema}.
 */
public final class CustomerPushModel {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private static final Fields ADDRESS = Fields.of(CustomerSchema.ADDRESS)
            .choice("type", "Type", "The type of the address", true)
            .string("line1", "Line 1", "The first line of the address", false, 200)
            .string("line2", "Line 2", "The second line of the address", false, 200)
            .string("city", "City", "The third line of the address, or city", false, 100)
            .string("region", "Region", "The fourth line of the address, or region", false, 100)
            .string("country", "Country", "The country for the address", false, 100)
            .string("postalCode", "Postal/Zip Code", "The postal (or zip) code for the address", false, 20);

    private static final Fields PHONE_NUMBER = Fields.of(CustomerSchema.PHONE_NUMBER)
            .string("number", "Number", "The full number including country, and area code where applicable", true,
                    50)
            .choice("type", "Type", "The type of the phone number", true);

    private static final Fields CONTACT = Fields.of(CustomerSchema.CONTACT)
            .string("name", "Name", "The name of the contact", true, 100)
            .string("email", "Email", "The email address for the contact", false, 254)
            .array("phone", "Phone", "A collection of phone numbers for the contact", false, PHONE_NUMBER)
            .object("address", "Address", "The address of the contact", false, ADDRESS)
            .choice("status", "Status", "The status of the contact", true);

    static final FieldRule CUSTOMER = FieldRule.root("customer", "Customer",
            "A customer is a person or organisation who buys goods or services", true,
            Fields.of(CustomerSchema.CUSTOMER)
                    .string("customerName", "Customer Name", "The name for the customer, typically a company name",
                            true, 100)
                    .string("contactName", "Contact Name", "The name of the main contact for the customer", false,
                            100)
                    .string("emailAddress", "Email Address",
                            "The preferred Email address the customer should be contacted on", false, 254)
                    .formatted("defaultCurrency", "Default Currency",
                            "The default currency for transactions recorded against the customer", false, CURRENCY,
                            "must be an ISO 4217 currency code of three capital letters")
                    .string("phone", "Phone", "The preferred phone number the customer should be contacted on", false,
                            50)
                    .array("addresses", "Addresses", "A collection of addresses associated to the customer", false,
                            ADDRESS)
                    .array("contacts", "Contacts", "A collection of alternative contacts for the customer", false,
                            CONTACT)
                    .string("registrationNumber", "Registration Number", "The customer's registration number", false,
                            50)
                    .string("taxNumber", "Tax Number", "The customer's tax number", false, 50)
                    .choice("status", "Status", "The status of the customer", true));

    /** Customer properties a body may carry that the connection does not push (read-only, or ignored). */
    private static final List<CustomerSchema.Field<?>> READ_ONLY = CUSTOMER.notPushed();

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
            for (CustomerSchema.Field<?> readOnly : READ_ONLY) {
                String type = FieldRule.type(readOnly.kind());
                if (readOnly.name().equals(field.getKey()) && !field.getValue().isNull()
                        && !ofType(field.getValue(), type)) {
                    throw notACustomer("'" + field.getKey() + "' must be " + inWords(type));
                }
            }
        }
        requireShape(CUSTOMER, body, "");
    }

    /**
     * Checks the names of an object against its type in the schema (a field the connection does not push may be
     * there all the same), then the JSON types of the pushed fields, into objects and arrays.
     */
    private static void requireShape(FieldRule rule, JsonNode node, String path) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!rule.schema().acceptedNames().contains(name)) {
                throw notACustomer("'" + path + name + "' is not a property of a Customer");
            }
        }
        for (FieldRule property : rule.properties()) {
            JsonNode value = node.get(property.name());
            for (String alias : property.aliases()) {
                if (value == null) {
                    value = node.get(alias);
                }
            }
            String at = path + property.name();
            if (value == null || value.isNull()) {
                continue;
            }
            if (!ofType(value, property.type())) {
                throw notACustomer("'" + at + "' must be " + inWords(property.type()));
            }
            if (property.type().equals("Object")) {
                requireShape(property, value, at + ".");
            }
            if (property.type().equals("Array")) {
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isObject()) {
                        throw notACustomer("'" + at + "[" + i + "]' must be an object");
                    }
                    requireShape(property, value.get(i), at + "[" + i + "].");
                }
            }
        }
    }

    /** Whether the value is of the push option's type ({@code String}, {@code Object}, ...). */
    private static boolean ofType(JsonNode value, String type) {
        return switch (type) {
            case "String" -> value.isTextual();
            case "Object" -> value.isObject();
            case "Array" -> value.isArray();
            case "Boolean" -> value.isBoolean();
            default -> throw new IllegalStateException("Unknown field type " + type);
        };
    }

    private static String inWords(String type) {
        return switch (type) {
            case "Object" -> "an object";
            case "Array" -> "an array";
            case "Boolean" -> "a boolean";
            default -> "a string";
        };
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
            for (String alias : property.aliases()) {
                if (value == null || value.isNull()) {
                    value = node.get(alias);
                }
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

}
