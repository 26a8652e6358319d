package dev.codatsandbox.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads fault rules from JSON (the admin API, start-up files) and single faults from the {@code Sandbox-Fault}
 * header, into the same records, checked. Every failure is an {@link InvalidRule} naming the field.
 *
 * <p>Header syntax: {@code type[;attribute=value]...}, the attributes being those of the JSON form, for example
 * {@code status;status=503;retryAfterSeconds=2}; a bare status ({@code 503}) is short for {@code status;status=503}.
 */
public final class FaultRuleReader {

    public static final String HEADER = "Sandbox-Fault";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    private static final Pattern STATUS = Pattern.compile("\\d{3}");

    private final ObjectMapper mapper;

    public FaultRuleReader(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** One rule (a JSON object) or several (a JSON array), each checked. */
    public List<FaultRule> rules(String json) {
        JsonNode tree;
        try {
            tree = json == null || json.isBlank() ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRule("The fault rule is not valid JSON.");
        }
        if (tree == null || !(tree.isObject() || tree.isArray())) {
            throw new InvalidRule("A fault rule is a JSON object, or an array of them.");
        }
        List<FaultRule> rules = new ArrayList<>();
        if (tree.isObject()) {
            rules.add(rule(tree, ""));
        } else {
            for (int i = 0; i < tree.size(); i++) {
                rules.add(rule(tree.get(i), "[" + i + "]."));
            }
        }
        return rules;
    }

    private FaultRule rule(JsonNode node, String prefix) {
        if (!node.isObject()) {
            throw new InvalidRule("Invalid value for field '" + prefix.substring(0, prefix.length() - 1)
                    + "': a fault rule is a JSON object.");
        }
        try {
            return mapper.treeToValue(node, FaultRule.class).validated();
        } catch (InvalidRule e) {
            throw prefix.isEmpty() ? e : new InvalidRule(e.getMessage().replaceFirst("field '", "field '" + prefix));
        } catch (JsonProcessingException e) {
            throw explain(e, prefix);
        }
    }

    /** The fault a {@code Sandbox-Fault} header value asks for. */
    public Fault header(String value) {
        String text = value.trim();
        if (STATUS.matcher(text).matches()) {
            text = "status;status=" + text;
        }
        // ";" alone splits into no parts at all: its type is empty, like that of an empty header
        String[] parts = text.split(";");
        ObjectNode node = mapper.createObjectNode();
        node.put("type", parts.length == 0 ? "" : parts[0].trim());
        try {
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].trim();
                int equals = part.indexOf('=');
                if (equals <= 0) {
                    throw new InvalidRule("Invalid header '" + HEADER + "': '" + part
                            + "' is not attribute=value; the syntax is type;attribute=value;...");
                }
                String name = part.substring(0, equals).trim();
                String raw = part.substring(equals + 1).trim();
                if (NUMBER.matcher(raw).matches()) {
                    node.set(name, raw.contains(".") || raw.contains("e") || raw.contains("E")
                            ? node.numberNode(Double.parseDouble(raw)) : node.numberNode(Long.parseLong(raw)));
                } else {
                    node.put(name, raw);
                }
            }
            Fault fault = mapper.treeToValue(node, Fault.class);
            fault.validate(HEADER);
            return fault;
        } catch (JsonProcessingException e) {
            throw explain(e, HEADER + ".");
        } catch (NumberFormatException e) {
            throw new InvalidRule("Invalid header '" + HEADER + "': a number is out of range.");
        }
    }

    private static InvalidRule explain(JsonProcessingException e, String prefix) {
        String field = prefix + (e instanceof JsonMappingException m ? path(m) : "");
        if (e instanceof InvalidTypeIdException t) {
            String choices = t.getBaseType().getRawClass() == Trigger.class
                    ? String.join(", ", Trigger.TYPES) : String.join(", ", Fault.TYPES);
            String typeField = field.isEmpty() || field.endsWith(".") ? field + "type" : field + ".type";
            return t.getTypeId() == null
                    ? InvalidRule.missing(typeField, "must be one of " + choices)
                    : InvalidRule.value(typeField, t.getTypeId(), "must be one of " + choices);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidRule("Unknown field '" + field + "'.");
        }
        return new InvalidRule("Invalid value for field '" + field + "': must be "
                + (e.getOriginalMessage().contains("Integer") || e.getOriginalMessage().contains("Long")
                || e.getOriginalMessage().contains("Double") ? "a number" : "of the documented type") + ".");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
