package dev.codatsandbox.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.testing.OddInputs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated {@code Sandbox-Fault} header values and fault rules: each is read as a fault (or rules) or refused
 * with a 400 that names what is wrong, never another exception. Rules are drawn both as valid JSON mutated as text
 * and as random JSON trees built from the rules' own field names and values.
 */
class FaultRuleReaderPropertyTest {

    static final List<String> HEADERS = List.of("503", "status;status=503;retryAfterSeconds=2",
            "latency;latencyMs=200", "latency;minLatencyMs=50;maxLatencyMs=300",
            "latency;medianLatencyMs=100;sigma=0.5",
            "reset", "truncated;bodyBytes=100", "dribble;durationMs=2000;chunks=10", "data-not-ready",
            "rate-limit;retryAfterSeconds=5", "page-drift;afterPage=2;inserted=3", "wrong-total;totalResultsDelta=-2",
            "status;status=429;message=Slow down;canBeRetried=True");
    static final List<String> FIELDS = List.of("company", "operation", "method", "page", "trigger", "fault", "type",
            "status", "message", "retryAfterSeconds", "canBeRetried", "latencyMs", "minLatencyMs", "maxLatencyMs",
            "medianLatencyMs", "sigma", "bodyBytes", "durationMs", "chunks", "requests", "maxConcurrent",
            "maxRequests", "windowMs", "afterPage", "inserted", "deleted", "totalResultsDelta", "count", "nth", "p");
    static final List<String> RULES = List.of(
            "{\"fault\": {\"type\": \"status\", \"status\": 503}}",
            "[{\"company\": \"ABC\", \"operation\": \"list\", \"method\": \"get\", \"page\": 3,"
                    + " \"trigger\": {\"type\": \"next\", \"count\": 2},"
                    + " \"fault\": {\"type\": \"status\", \"status\": 503}},"
                    + " {\"fault\": {\"type\": \"latency\", \"latencyMs\": 200}}]",
            "{\"trigger\": {\"type\": \"probability\", \"p\": 0.5}, \"fault\": {\"type\": \"reset\"}}",
            "{\"operation\": \"get\", \"trigger\": {\"type\": \"every\", \"nth\": 3}, \"fault\": {\"type\": \"hang\"}}",
            "{\"trigger\": {\"type\": \"after\", \"count\": 0}, \"fault\": {\"type\": \"page-drift\", \"deleted\": 4}}",
            "{\"fault\": {\"type\": \"rate-limit\", \"maxRequests\": 10, \"windowMs\": 1000}}");

    private final FaultRuleReader reader = new FaultRuleReader(new ObjectMapper());

    private static List<String> words() {
        List<String> words = new ArrayList<>(Fault.TYPES);
        words.addAll(List.of("always", "next", "every", "after", "probability", "list", "get", "push-create",
                "push-update", "push-poll", "platform", "any", "GET", "post", "Unknown", "True", "False", "503",
                "1e3", "NaN", "-1"));
        return words;
    }

    @Test
    void generatedHeaderValuesAreReadOrRefusedWithCodatsError() {
        List<String> tokens = new ArrayList<>(FIELDS);
        tokens.addAll(words());
        List<String> headers = OddInputs.around(21, HEADERS, tokens).draw(20_000);

        OddInputs.check("FaultRuleReader.header", headers, reader::header);
    }

    @Test
    void generatedRulesAreReadOrRefusedWithCodatsError() {
        OddInputs inputs = OddInputs.around(22, RULES, FIELDS);
        List<String> rules = new ArrayList<>(inputs.draw(3_000));
        for (int i = 0; i < 6_000; i++) {
            rules.add(inputs.json(FIELDS, words(), 1 + i % 5));
        }
        for (int i = 0; i < 1_500; i++) {
            rules.add("[" + inputs.json(FIELDS, words(), 3) + "," + inputs.json(FIELDS, words(), 3, i % 2 == 0) + "]");
            rules.add(inputs.json(FIELDS, words(), 3, false));
        }

        OddInputs.check("FaultRuleReader.rules", rules, reader::rules);
    }
}
