package dev.codatsandbox.fixturefiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.codatsandbox.attachments.CustomerAttachment;
import dev.codatsandbox.generator.Generators;
import dev.codatsandbox.model.CompanyIds;
import dev.codatsandbox.model.CompanyProfile;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.CustomerSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one fixture (a file's bytes or an admin request body) and checks everything about it: JSON syntax (with line
 * and column), the file's own fields, every customer against Codat's schema (hibernate-validator, on
 * {@link FixtureCustomer}), unique customer ids and a company id usable in a URL. It reports every problem it finds,
 * not the first one only; a fixture with any problem gives no company.
 */
@ApplicationScoped
public class FixtureReader {

    /** The most customers a fixture may have generated, as {@code sandbox.customers-per-company} allows. */
    public static final int MAX_GENERATED = 100_000_000;

    static final Set<String> FILE_FIELDS = Set.of("id", "name", "description", "created", "createdByUserName",
            "products", "tags", "referenceParentCompany", "referenceSubsidiaryCompanies", "customers", "generated",
            "customersAfterGenerated", "attachments");
    /** A file's fields in the order problems are listed (unknown fields last). */
    private static final List<String> FIELD_ORDER = List.of(".id", ".name", ".description", ".created",
            ".createdByUserName", ".products", ".tags", ".referenceParentCompany", ".referenceSubsidiaryCompanies",
            ".customers", ".generated", ".customersAfterGenerated", ".attachments");
    static final Set<String> GENERATED_FIELDS = Set.of("count", "seed");
    // the names each of a customer's objects may have, aliases included, as CustomerSchema gives them
    static final Set<String> CUSTOMER_FIELDS = CustomerSchema.CUSTOMER.acceptedNames();
    static final Set<String> ADDRESS_FIELDS = CustomerSchema.ADDRESS.acceptedNames();
    static final Set<String> CONTACT_FIELDS = CustomerSchema.CONTACT.acceptedNames();
    static final Set<String> PHONE_FIELDS = CustomerSchema.PHONE_NUMBER.acceptedNames();
    static final Set<String> METADATA_FIELDS = CustomerSchema.METADATA.acceptedNames();
    static final Set<String> SUPPLEMENTAL_FIELDS = CustomerSchema.SUPPLEMENTAL_DATA.acceptedNames();

    private final ObjectReader trees;
    private final ObjectReader customers;
    private final Validator validator;
    private final Generators generators;

    FixtureReader(ObjectMapper mapper, Validator validator, Generators generators) {
        this.trees = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // the customers' deserializer is made on the first fixture read, not while the server starts
        this.customers = mapper.reader()
                .without(DeserializationFeature.EAGER_DESERIALIZER_FETCH)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .forType(FixtureCustomer.class);
        this.validator = validator;
        this.generators = generators;
    }

    /** What reading one fixture gave: a company, or every problem found (then no company). */
    public record Result(CompanyFixture fixture, List<FixtureProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads a fixture that names no attachment file (one that does is a problem): an admin request body. */
    public Result read(String file, byte[] content) {
        return read(file, content, null);
    }

    /**
     * Reads a fixture whose attachments' {@code file}s are taken from {@code folder} (null: none may be named).
     */
    public Result read(String file, byte[] content, java.nio.file.Path folder) {
        List<FixtureProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = trees.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Result(null, List.of(new FixtureProblem(file, "$", "is not valid JSON" + where + ": "
                    + syntaxMessage(e.getOriginalMessage()) + ".", "JsonSyntax")));
        } catch (IOException e) {
            return new Result(null, List.of(new FixtureProblem(file, "$", "cannot be read: " + e.getMessage() + ".",
                    "JsonSyntax")));
        }
        if (root == null || root.isMissingNode()) {
            return new Result(null, List.of(new FixtureProblem(file, "$", "is empty: a fixture is a JSON object with"
                    + " at least an \"id\".", "JsonSyntax")));
        }
        if (!root.isObject()) {
            return new Result(null, List.of(new FixtureProblem(file, "$", "must be a JSON object with at least an"
                    + " \"id\".", "JsonType")));
        }
        unknownFields(file, "$", root, FILE_FIELDS, "a fixture file", problems);

        String id = companyId(file, root.get("id"), problems);
        long seed = generators.globalSeed();
        int generatedCount = 0;
        JsonNode generated = root.get("generated");
        if (generated != null && !generated.isNull()) {
            if (!generated.isObject()) {
                problems.add(new FixtureProblem(file, "$.generated", "must be an object such as {\"count\": 100,"
                        + " \"seed\": 7}.", "JsonType"));
            } else {
                unknownFields(file, "$.generated", generated, GENERATED_FIELDS, "generated", problems);
                JsonNode count = generated.get("count");
                if (count == null || !count.canConvertToInt() || !count.isIntegralNumber() || count.intValue() < 0
                        || count.intValue() > MAX_GENERATED) {
                    problems.add(new FixtureProblem(file, "$.generated.count", "is required: a whole number from 0 to "
                            + MAX_GENERATED + ".", "Range"));
                } else {
                    generatedCount = count.intValue();
                }
                JsonNode seedNode = generated.get("seed");
                if (seedNode != null && !seedNode.isNull()) {
                    if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
                        problems.add(new FixtureProblem(file, "$.generated.seed", "must be a whole number (a 64-bit"
                                + " seed).", "JsonType"));
                    } else {
                        seed = seedNode.longValue();
                    }
                }
            }
        }
        List<Customer> stated = customers(file, "$.customers", root.get("customers"), problems);
        List<Customer> after = customers(file, "$.customersAfterGenerated", root.get("customersAfterGenerated"),
                problems);

        Map<String, String> seen = new HashMap<>();
        uniqueIds(file, "$.customers", root.get("customers"), seen, problems);
        List<String> afterIds = ids(root.get("customersAfterGenerated"));
        uniqueIds(file, "$.customersAfterGenerated", root.get("customersAfterGenerated"), new HashMap<>(), problems);
        for (int i = 0; i < afterIds.size(); i++) {
            String customerId = afterIds.get(i);
            if (customerId != null && seen.containsKey(customerId)) {
                problems.add(new FixtureProblem(file, "$.customersAfterGenerated[" + i + "].id", "'" + customerId
                        + "' is already the id of " + seen.get(customerId) + ": a stated customer is changed in"
                        + " $.customers itself.", "UniqueCustomerId"));
            }
        }
        CompanyProfile profile = new FixtureProfile(file, problems).read(root,
                generators.forSeed(seed).profile(id == null ? "" : id));
        Set<String> statedIds = new HashSet<>();
        statedIds.addAll(ids(root.get("customers")));
        statedIds.addAll(afterIds);
        Map<String, List<CustomerAttachment>> attachments = new FixtureAttachments(file, folder, problems)
                .read(root.get("attachments"), statedIds);
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems));
        }
        return new Result(new CompanyFixture(file, id, profile, stated, seed, generatedCount, after, attachments),
                List.of());
    }

    private static List<FixtureProblem> sorted(List<FixtureProblem> problems) {
        return problems.stream().sorted(Comparator.comparing(FixtureProblem::path, FixtureReader::comparePaths)
                .thenComparing(FixtureProblem::message)).toList();
    }

    /** Orders JSON paths as the document does: {@code [2]} before {@code [10]}. */
    static int comparePaths(String a, String b) {
        String[] as = a.split("(?=[.\\[])");
        String[] bs = b.split("(?=[.\\[])");
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            int c = i == 1 ? Integer.compare(FIELD_ORDER.indexOf(as[i]) & Integer.MAX_VALUE,
                    FIELD_ORDER.indexOf(bs[i]) & Integer.MAX_VALUE) : 0;
            if (c == 0) {
                c = comparePart(as[i], bs[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(as.length, bs.length);
    }

    private static int comparePart(String a, String b) {
        if (a.startsWith("[") && b.startsWith("[") && a.length() > 2 && b.length() > 2) {
            try {
                return Long.compare(Long.parseLong(a.substring(1, a.length() - 1)),
                        Long.parseLong(b.substring(1, b.length() - 1)));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
        return a.compareTo(b);
    }

    private String companyId(String file, JsonNode node, List<FixtureProblem> problems) {
        if (node == null || node.isNull() || !node.isTextual()) {
            problems.add(new FixtureProblem(file, "$.id", "is required: the company id, text of 1 to 100 letters,"
                    + " digits, '.', '_', '~' or '-'.", "CompanyId"));
            return null;
        }
        String id = node.textValue();
        if (!CompanyIds.usableInUrl(id)) {
            problems.add(new FixtureProblem(file, "$.id", "'" + id + "' is not usable in a URL path: use 1 to 100"
                    + " letters, digits, '.', '_', '~' or '-', and not '.' or '..' alone.", "CompanyId"));
            return null;
        }
        return CompanyIds.normalise(id);
    }

    private List<Customer> customers(String file, String path, JsonNode node, List<FixtureProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FixtureProblem(file, path, "must be an array of customers, as the API serves them in"
                    + " \"results\".", "JsonType"));
            return List.of();
        }
        List<Customer> read = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Customer customer = customer(file, path + "[" + i + "]", node.get(i), problems);
            if (customer != null) {
                read.add(customer);
            }
        }
        return read;
    }

    private Customer customer(String file, String path, JsonNode node, List<FixtureProblem> problems) {
        if (!node.isObject()) {
            problems.add(new FixtureProblem(file, path, "must be a customer object.", "JsonType"));
            return null;
        }
        int before = problems.size();
        unknownFields(file, path, node, CustomerSchema.CUSTOMER, problems);
        FixtureCustomer input;
        try {
            input = customers.readValue(node);
        } catch (JsonMappingException e) {
            problems.add(new FixtureProblem(file, path + jsonPath(e.getPath()), typeMessage(e), "JsonType"));
            return null;
        } catch (IOException e) {
            problems.add(new FixtureProblem(file, path, "cannot be read: " + firstLine(e.getMessage()) + ".",
                    "JsonType"));
            return null;
        }
        for (ConstraintViolation<FixtureCustomer> violation : validator.validate(input)) {
            problems.add(new FixtureProblem(file, path + jsonPath(violation.getPropertyPath()), violation.getMessage(),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
        }
        return problems.size() == before ? input.customer() : null;
    }

    /**
     * Reports fields that Codat's schema does not have (a misspelt field would otherwise be silently dropped), in the
     * object and in every object or array of objects it holds, as {@link CustomerSchema} describes them.
     */
    private static void unknownFields(String file, String path, JsonNode object, CustomerSchema.Type<?> type,
                                      List<FixtureProblem> problems) {
        unknownFields(file, path, object, type.acceptedNames(), "Codat's " + type.name(), problems);
        for (CustomerSchema.Field<?> field : type.fields()) {
            JsonNode value = object.get(field.name());
            String at = path + "." + field.name();
            if (field.kind() == CustomerSchema.Kind.LIST) {
                eachObject(value, at, (p, item) -> unknownFields(file, p, item, field.type(), problems));
            } else if (field.kind() == CustomerSchema.Kind.OBJECT && value != null && value.isObject()) {
                unknownFields(file, at, value, field.type(), problems);
            }
        }
    }

    private interface Visit {
        void accept(String path, JsonNode node);
    }

    private static void eachObject(JsonNode array, String path, Visit visit) {
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isObject()) {
                    visit.accept(path + "[" + i + "]", array.get(i));
                }
            }
        }
    }

    private static void unknownFields(String file, String path, JsonNode object, Collection<String> known,
                                      String what, List<FixtureProblem> problems) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(new FixtureProblem(file, path + field(name), "is not a field of " + what + ".",
                        "UnknownField"));
            }
        }
    }

    /** The customer ids of an array of customers, by position (null where a customer has no usable id). */
    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode customer : array) {
                JsonNode id = customer.get("id");
                ids.add(id != null && id.isTextual() && !id.textValue().isBlank() ? id.textValue() : null);
            }
        }
        return ids;
    }

    private static void uniqueIds(String file, String path, JsonNode array, Map<String, String> seen,
                                  List<FixtureProblem> problems) {
        List<String> ids = ids(array);
        for (int i = 0; i < ids.size(); i++) {
            String customerId = ids.get(i);
            if (customerId == null) {
                continue;
            }
            String here = path + "[" + i + "]";
            String first = seen.putIfAbsent(customerId, here);
            if (first != null) {
                problems.add(new FixtureProblem(file, here + ".id", "'" + customerId + "' is already the id of "
                        + first + ": customer ids must be unique within a company.", "UniqueCustomerId"));
            }
        }
    }

    static String field(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }

    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(field(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String jsonPath(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex()).append(']');
            }
            if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                path.append(field(node.getName()));
            }
        }
        return path.toString();
    }

    private static String typeMessage(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type == String.class) {
                return "must be text or null.";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "must be true, false or null.";
            }
            if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
                return "must be an array.";
            }
            return "must be an object.";
        }
        return "has the wrong type: " + firstLine(e.getOriginalMessage()) + ".";
    }

    /** Jackson's message without its reference to a source it does not show. */
    static String syntaxMessage(String message) {
        return firstLine(message)
                .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
