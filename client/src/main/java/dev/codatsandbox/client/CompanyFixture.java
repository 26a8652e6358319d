package dev.codatsandbox.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A company's data in the sandbox's fixture file format: id, name, stated customers (written as the API serves
 * them), and customers generated from a seed after them. Built in code
 * ({@code CompanyFixture.of("acme").customer("C-1", "Acme Ltd").generated(10, 7)}) or read from a file or JSON
 * text; a value: each method answers a new fixture.
 */
public final class CompanyFixture {

    private final ObjectNode json;

    private CompanyFixture(ObjectNode json) {
        this.json = json;
    }

    /** A company {@code id} with no customers yet. */
    public static CompanyFixture of(String id) {
        return new CompanyFixture(Json.MAPPER.createObjectNode().put("id", id));
    }

    /** The fixture in JSON text (a fixture file's content). */
    public static CompanyFixture fromJson(String json) {
        JsonNode tree = Json.tree(json);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("A fixture is a JSON object: " + json);
        }
        return new CompanyFixture((ObjectNode) tree);
    }

    /** The fixture in a file. */
    public static CompanyFixture fromFile(Path file) {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture file " + file, e);
        }
    }

    /** The company's id (may be null in a file meant to be given another id). */
    public String id() {
        return json.path("id").isTextual() ? json.get("id").asText() : null;
    }

    /** The same fixture under another id. */
    public CompanyFixture id(String id) {
        ObjectNode copy = json.deepCopy();
        copy.put("id", id);
        return new CompanyFixture(copy);
    }

    /** The company's name. */
    public CompanyFixture name(String name) {
        ObjectNode copy = json.deepCopy();
        copy.put("name", name);
        return new CompanyFixture(copy);
    }

    /** Adds a customer {@code Active} with this id and name. */
    public CompanyFixture customer(String id, String customerName) {
        return customer(Map.of("id", id, "customerName", customerName, "status", "Active"));
    }

    /** Adds a customer given as the API serves it (any of Codat's fields; {@code status} is required). */
    public CompanyFixture customer(Map<String, ?> customer) {
        ObjectNode copy = json.deepCopy();
        ArrayNode customers = copy.has("customers") ? (ArrayNode) copy.get("customers") : copy.putArray("customers");
        customers.add(Json.MAPPER.valueToTree(customer));
        return new CompanyFixture(copy);
    }

    /** Adds {@code count} customers generated from {@code seed} after the stated ones. */
    public CompanyFixture generated(int count, long seed) {
        ObjectNode copy = json.deepCopy();
        copy.putObject("generated").put("count", count).put("seed", seed);
        return new CompanyFixture(copy);
    }

    /** The fixture as JSON text. */
    public String toJson() {
        return Json.write(json);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
