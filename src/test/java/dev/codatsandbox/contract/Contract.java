package dev.codatsandbox.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks an answer of the sandbox against Codat's OpenAPI description (the trimmed copy in
 * {@code src/test/resources/contract/}, see its README): status, media type and body of the operation Codat
 * documents for that method and path. Any test can call it:
 * {@code Contract.assertValid("GET", "/companies/" + id + "/connections", 200, body)}; a webhook event body is
 * checked against its event type's schema with {@link #assertValidWebhook(String)}.
 *
 * <p>It fails on every violation except the {@linkplain #QUIRKS quirks of Codat's own description} listed here,
 * each with its reason. Codat's description documents only some error statuses of each operation, and none of a
 * path it does not have; the sandbox answers those (405, 406, 415, an unknown path) with Codat's error body too,
 * so an error status that the description leaves out is checked against its {@code ErrorMessage} schema.
 */
public final class Contract {

    /** The trimmed description, on the test class path. */
    public static final String SPEC = "contract/codat-customers-openapi.yaml";

    /** A violation that Codat's own description causes, not the sandbox: named, with its reason and its extent. */
    public record Quirk(String name, String reason, BiPredicate<JsonNode, String> covers) {
    }

    private static final Pattern DOCUMENTED_NULL_DATE =
            Pattern.compile("((?:/results/\\d+)?)(?:/modifiedDate|/sourceModifiedDate|/contacts/\\d+/modifiedDate)");

    public static final List<Quirk> QUIRKS = List.of(
            new Quirk("documented-example-null-dates",
                    "Codat's data-model page shows its example customer \"71\" with null modifiedDate,"
                            + " sourceModifiedDate and contact modifiedDate, and the sandbox serves it exactly as"
                            + " documented; Codat's schema (DateTime) marks those fields non-nullable. Only nulls in"
                            + " those three fields of customer \"71\" are covered.",
                    (body, pointer) -> {
                        Matcher m = DOCUMENTED_NULL_DATE.matcher(pointer);
                        return m.matches() && body.at(pointer).isNull()
                                && "71".equals(body.at(m.group(1) + "/id").asText(null));
                    }),
            new Quirk("page-size-above-2000",
                    "Codat's PagingInfo.pageSize says maximum 2000 while its pageSize parameter allows 1 to 5000;"
                            + " the envelope echoes the pageSize asked for. Only values up to 5000 are covered.",
                    (body, pointer) -> pointer.equals("/pageSize") && body.at(pointer).isInt()
                            && body.at(pointer).asInt() <= 5000),
            new Quirk("webhook-consumer-company-id",
                    "Codat's WebhookConsumer had companyId (deprecated), the one company a consumer receives events"
                            + " of, until codatio/oas cf27962 (2025-01-23) left only companyTags; the sandbox keeps"
                            + " it beside the tags, sent only when a consumer was given one. Only a text companyId of"
                            + " a consumer is covered.",
                    (body, pointer) -> pointer.matches("(/results/\\d+)?/companyId") && body.at(pointer).isTextual()
                            && body.at(pointer.substring(0, pointer.length() - "companyId".length()) + "url")
                            .isTextual()));

    /** Keys under which the validator says the method and path, or the status, are not documented. */
    private static final Set<String> UNDOCUMENTED = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed",
            "validation.response.status.unknown");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static OpenAPI api;
    /** Checks the description as written, leaving out undeclared properties. */
    private static OpenApiInteractionValidator exact;
    /** Checks for undeclared properties, with every allOf merged (see {@link #parse}). */
    private static OpenApiInteractionValidator closed;
    private static SchemaValidator schemas;

    private Contract() {
    }

    /** Fails, listing every violation, unless this answer is what Codat's description allows. */
    public static void assertValid(String method, String path, int status, String body) {
        List<String> violations = violations(method, path, status, body);
        if (!violations.isEmpty()) {
            fail(method + " " + path + " answered " + status + " against Codat's OpenAPI:\n  "
                    + String.join("\n  ", violations) + "\nbody: " + abbreviated(body));
        }
    }

    /**
     * The violations of Codat's description in this answer (a JSON body, or null for none), quirks left out. A
     * query string on {@code path} is ignored: the description's response schemas do not depend on it.
     */
    public static List<String> violations(String method, String path, int status, String body) {
        return violations(method, path, status, body, QUIRKS);
    }

    /** The violations in this answer, but for those these quirks cover. */
    public static synchronized List<String> violations(String method, String path, int status, String body,
            List<Quirk> quirks) {
        load();
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        ValidationReport report = exact.validateResponse(bare, verb, response(status, body));
        boolean undocumented = report.getMessages().stream().anyMatch(m -> UNDOCUMENTED.contains(m.getKey()));
        if (undocumented && status < 400) {
            return List.of("Codat documents no " + status + " answer to " + method + " " + bare + ": "
                    + report.getMessages().stream().map(ValidationReport.Message::getMessage).toList());
        }
        if (undocumented) {
            report = schemas.validate(body, api.getComponents().getSchemas().get("ErrorMessage"),
                    "validation.response.body");
        } else {
            report = report.merge(closed.validateResponse(bare, verb, response(status, body)));
        }
        JsonNode tree = parse(body);
        Set<String> violations = new LinkedHashSet<>();
        for (ValidationReport.Message message : report.getMessages()) {
            collect(message, tree, quirks, violations);
        }
        return List.copyOf(violations);
    }

    /**
     * Fails, listing every violation, unless this webhook event body is what Codat's description of its event type
     * allows ({@code webhooks:} of Codat's Platform API, kept as {@code x-webhooks} in the trimmed copy), properties
     * it does not declare included. {@code customers.write.successful} is Codat's
     * {@code {dataType}.write.successful}.
     */
    @SuppressWarnings("unchecked")
    public static synchronized void assertValidWebhook(String body) {
        load();
        JsonNode tree = parse(body);
        String eventType = tree == null ? null : tree.path("eventType").asText(null);
        String key = eventType == null ? null : eventType.replaceFirst("^[A-Za-z]+(\\.write\\.)", "{dataType}$1");
        Map<String, Map<String, String>> webhooks = (Map<String, Map<String, String>>) api.getExtensions()
                .get("x-webhooks");
        if (key == null || !webhooks.containsKey(key)) {
            fail("Codat documents no webhook event type '" + eventType + "': " + abbreviated(body));
        }
        Schema<?> schema = new Schema<>().$ref(webhooks.get(key).get("$ref"));
        Set<String> violations = new LinkedHashSet<>();
        for (ValidationReport.Message message : schemas.validate(body, schema, "validation.request.body")
                .getMessages()) {
            collect(message, tree, QUIRKS, violations);
        }
        if (!violations.isEmpty()) {
            fail(eventType + " webhook against Codat's OpenAPI:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + abbreviated(body));
        }
    }

    private static SimpleResponse response(int status, String body) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(status).withContentType("application/json");
        return (body == null ? response : response.withBody(body)).build();
    }

    private static void collect(ValidationReport.Message message, JsonNode body, List<Quirk> quirks,
            Set<String> violations) {
        if (message.getLevel() != ValidationReport.Level.ERROR) {
            return;
        }
        if (!message.getNestedMessages().isEmpty()) {
            for (ValidationReport.Message nested : message.getNestedMessages()) {
                collect(nested, body, quirks, violations);
            }
            return;
        }
        String pointer = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse(null);
        if (pointer != null && body != null && quirks.stream().anyMatch(q -> q.covers().test(body, pointer))) {
            return;
        }
        violations.add(message.getKey() + " " + (pointer == null ? "" : "at " + pointer + ": ") + message.getMessage());
    }

    private static void load() {
        if (exact != null) {
            return;
        }
        String spec = resource(SPEC);
        api = parse(spec, false);
        exact = OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create()
                        .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE).build())
                .build();
        closed = OpenApiInteractionValidator.createFor(parse(spec, true)).build();
        schemas = new SchemaValidator(api, new MessageResolver());
    }

    /**
     * The description as written, or with every allOf merged into one schema: only a merged schema can be closed to
     * properties it does not declare (Codat's Customer is an allOf of its fields and its modified dates), but the
     * parser's merge drops the {@code required} list beside an allOf, which the description as written keeps.
     */
    private static OpenAPI parse(String spec, boolean mergeAllOf) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(mergeAllOf);
        options.setResolveCombinators(mergeAllOf);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec, null, options);
        if (parsed.getOpenAPI() == null || !parsed.getMessages().isEmpty()) {
            throw new IllegalStateException(SPEC + " does not load: " + parsed.getMessages());
        }
        return parsed.getOpenAPI();
    }

    private static String resource(String name) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? String.valueOf(body) : body.substring(0, 2000) + "...";
    }
}
