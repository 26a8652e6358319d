package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.codatsandbox.push.Pushes.company;
import static dev.codatsandbox.push.Pushes.connection;
import static dev.codatsandbox.push.Pushes.create;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The create/update model ({@code options/customers}) and the push's validation are one: a body built from the
 * served model alone, breaking each of its rules once, fails with exactly one error per rule, at the rule's field.
 */
@QuarkusTest
class PushOptionsTest {

    private static final Pattern AT_MOST = Pattern.compile("At most (\\d+) characters");

    private static Map<String, Object> model(String companyId) {
        return given().when().get("/companies/" + companyId + "/connections/" + connection(companyId)
                        + "/options/customers")
                .then().statusCode(200).contentType("application/json").extract().jsonPath().getMap("");
    }

    @Test
    void theModelIsCodatsPushOptionWithTheCustomersRequiredFields() {
        Map<String, Object> model = model(company("options-shape"));

        assertEquals("Object", model.get("type"));
        assertEquals("Customer", model.get("displayName"));
        assertEquals(true, model.get("required"));
        Map<String, Map<String, Object>> properties = properties(model);
        assertEquals(List.of("customerName", "contactName", "emailAddress", "defaultCurrency", "phone", "addresses",
                "contacts", "registrationNumber", "taxNumber", "status"), List.copyOf(properties.keySet()));
        assertEquals(List.of("customerName", "status"), properties.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue().get("required"))).map(Map.Entry::getKey).toList());
        properties.values().forEach(property -> {
            assertTrue(property.keySet().containsAll(List.of("type", "displayName", "description", "required")));
            assertFalse(((String) property.get("description")).isEmpty());
        });
    }

    @Test
    void everyRuleOfTheModelIsCheckedAndReportedOnce() {
        String companyId = company("options-rules");
        Map<String, Object> model = model(companyId);
        Map<String, Object> body = new LinkedHashMap<>();
        List<List<String>> expected = new ArrayList<>();
        breakEveryRule(properties(model), body, "", expected);

        JsonPath failed = create(companyId, json(body));

        assertEquals("Failed", failed.getString("status"));
        List<List<String>> reported = failed.getList("validation.errors").stream().map(item -> {
            Map<?, ?> map = (Map<?, ?>) item;
            return List.of((String) map.get("itemId"), (String) map.get("validatorName"));
        }).toList();
        assertEquals(expected.stream().sorted(PushOptionsTest::compare).toList(),
                reported.stream().sorted(PushOptionsTest::compare).toList());
        assertTrue(expected.size() >= 20, "the model has rules on at least 20 fields: " + expected);
    }

    @Test
    void aBodyKeepingEveryRuleSucceeds() {
        String companyId = company("options-kept");
        Map<String, Object> body = new LinkedHashMap<>();
        keepEveryRule(properties(model(companyId)), body);

        JsonPath created = create(companyId, json(body));

        assertEquals(List.of(), created.getList("validation.errors"));
        assertEquals("Success", Pushes.poll(companyId, created.getString("pushOperationKey")).getString("status"));
    }

    /** Fills the body so that each rule (required, length, options, format) of each field is broken once. */
    @SuppressWarnings("unchecked")
    private static void breakEveryRule(Map<String, Map<String, Object>> properties, Map<String, Object> body,
                                       String path, List<List<String>> expected) {
        for (Map.Entry<String, Map<String, Object>> entry : properties.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> rule = entry.getValue();
            String at = path + name;
            switch ((String) rule.get("type")) {
                case "String" -> {
                    List<Map<String, Object>> options = (List<Map<String, Object>>) rule.get("options");
                    Integer maxLength = maxLength(rule);
                    if (options != null) {
                        body.put(name, "Not-" + options.get(0).get("value"));
                        expected.add(List.of(at, "AllowedValues"));
                    } else if (maxLength != null) {
                        body.put(name, "x".repeat(maxLength + 1));
                        expected.add(List.of(at, "MaxLength"));
                    } else if (rule.get("validation") != null) {
                        body.put(name, "?");
                        expected.add(List.of(at, "Format"));
                    } else if (Boolean.TRUE.equals(rule.get("required"))) {
                        expected.add(List.of(at, "Required"));
                    }
                }
                case "Object" -> {
                    Map<String, Object> child = new LinkedHashMap<>();
                    breakEveryRule(properties(rule), child, at + ".", expected);
                    body.put(name, child);
                }
                case "Array" -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    breakEveryRule(properties(rule), item, at + "[0].", expected);
                    body.put(name, List.of(item));
                }
                default -> throw new AssertionError("unexpected type " + rule.get("type"));
            }
        }
    }

    /** Fills every field with a value its rules allow. */
    @SuppressWarnings("unchecked")
    private static void keepEveryRule(Map<String, Map<String, Object>> properties, Map<String, Object> body) {
        for (Map.Entry<String, Map<String, Object>> entry : properties.entrySet()) {
            Map<String, Object> rule = entry.getValue();
            switch ((String) rule.get("type")) {
                case "String" -> {
                    List<Map<String, Object>> options = (List<Map<String, Object>>) rule.get("options");
                    Integer maxLength = maxLength(rule);
                    body.put(entry.getKey(), options != null ? options.get(0).get("value")
                            : maxLength != null ? "y".repeat(maxLength) : "EUR");
                }
                case "Object" -> {
                    Map<String, Object> child = new LinkedHashMap<>();
                    keepEveryRule(properties(rule), child);
                    body.put(entry.getKey(), child);
                }
                case "Array" -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    keepEveryRule(properties(rule), item);
                    body.put(entry.getKey(), List.of(item));
                }
                default -> throw new AssertionError("unexpected type " + rule.get("type"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Integer maxLength(Map<String, Object> rule) {
        Map<String, Object> validation = (Map<String, Object>) rule.get("validation");
        if (validation == null) {
            return null;
        }
        for (Map<String, Object> info : (List<Map<String, Object>>) validation.get("information")) {
            Matcher matcher = AT_MOST.matcher((String) info.get("details"));
            if (matcher.matches()) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties(Map<String, Object> rule) {
        return (Map<String, Map<String, Object>>) rule.get("properties");
    }

    private static int compare(List<String> a, List<String> b) {
        return (a.get(0) + " " + a.get(1)).compareTo(b.get(0) + " " + b.get(1));
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
