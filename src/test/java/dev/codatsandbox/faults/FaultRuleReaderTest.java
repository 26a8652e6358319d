package dev.codatsandbox.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Sandbox-Fault header syntax and the JSON rule form read into the same records, and bad ones name the field. */
class FaultRuleReaderTest {

    private final FaultRuleReader reader = new FaultRuleReader(new ObjectMapper());

    @Test
    void oneHeaderExamplePerKindReadsAsTheRecordOfThatKind() {
        assertEquals(new Fault.Status(503, null, 2, null), reader.header("status;status=503;retryAfterSeconds=2"));
        assertEquals(new Fault.Status(503, null, null, null), reader.header("503"));
        assertEquals(new Fault.Latency(200L, null, null, null, null), reader.header("latency;latencyMs=200"));
        assertEquals(new Fault.Latency(null, 50L, 300L, null, null),
                reader.header("latency;minLatencyMs=50;maxLatencyMs=300"));
        assertEquals(new Fault.Latency(null, null, null, 100L, 0.5),
                reader.header("latency;medianLatencyMs=100;sigma=0.5"));
        assertEquals(new Fault.Reset(), reader.header("reset"));
        assertEquals(new Fault.Empty(), reader.header("empty"));
        assertEquals(new Fault.Malformed(), reader.header("malformed"));
        assertEquals(new Fault.Truncated(100), reader.header("truncated;bodyBytes=100"));
        assertEquals(new Fault.Dribble(2000L, 10), reader.header("dribble;durationMs=2000;chunks=10"));
        assertEquals(new Fault.Hang(), reader.header("hang"));
        assertEquals(new Fault.DataNotReady(null, null), reader.header("data-not-ready"));
        assertEquals(new Fault.RateLimit(null, null, null, 5), reader.header("rate-limit;retryAfterSeconds=5"));
        assertEquals(new Fault.PageDrift(2, 3, null), reader.header("page-drift;afterPage=2;inserted=3"));
        assertEquals(new Fault.VanishingRecord(), reader.header("vanishing-record"));
        assertEquals(new Fault.NextPastTheEnd(), reader.header("next-past-the-end"));
        assertEquals(new Fault.WrongTotal(-2), reader.header("wrong-total;totalResultsDelta=-2"));
    }

    @Test
    void theJsonFormReadsAsTheSameRecordsWithDefaultsFilledIn() {
        List<FaultRule> rules = reader.rules("""
                [{"company": "ABC", "operation": "list", "method": "get", "page": 3,
                  "trigger": {"type": "next", "count": 2}, "fault": {"type": "status", "status": 503}},
                 {"fault": {"type": "latency", "latencyMs": 200}}]""");

        assertEquals(new FaultRule("abc", "list", "GET", 3, new Trigger.Next(2), reader.header("503")), rules.get(0));
        assertEquals(new FaultRule(null, "any", null, null, new Trigger.Always(), reader.header("latency;latencyMs=200")),
                rules.get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            status;status=700                 | Invalid value '700' for field 'Sandbox-Fault.status': must be a whole number from 400 to 599.
            status                            | Missing value for field 'Sandbox-Fault.status': a status from 400 to 599 is required.
            explode                           | Invalid value 'explode' for field 'Sandbox-Fault.type': must be one of status, latency, reset, empty, malformed, truncated, dribble, hang, data-not-ready, rate-limit, page-drift, vanishing-record, next-past-the-end, wrong-total.
            latency;latncyMs=5                | Unknown field 'Sandbox-Fault.latncyMs'.
            latency;latencyMs=5;sigma=1       | Invalid latency in field 'Sandbox-Fault': give exactly one of latencyMs, minLatencyMs with maxLatencyMs, or medianLatencyMs with sigma.
            latency;minLatencyMs=50           | Missing value for field 'Sandbox-Fault.maxLatencyMs': a uniform latency needs both bounds.
            latency;minLatencyMs=9;maxLatencyMs=5 | Invalid value '5' for field 'Sandbox-Fault.maxLatencyMs': must be a whole number from 9 to 600000.
            dribble                           | Missing value for field 'Sandbox-Fault.durationMs': the time over which the body is sent.
            dribble;durationMs=100;chunks=0   | Invalid value '0' for field 'Sandbox-Fault.chunks': must be a whole number from 1 to 10000.
            page-drift;afterPage=2            | Invalid page drift in field 'Sandbox-Fault': give a positive number for exactly one of inserted or deleted.
            wrong-total;totalResultsDelta=0   | Invalid value '0' for field 'Sandbox-Fault.totalResultsDelta': must not be 0.
            status;503                        | Invalid header 'Sandbox-Fault': '503' is not attribute=value; the syntax is type;attribute=value;...
            status;status=abc                 | Invalid value for field 'Sandbox-Fault.status': must be a number.
            truncated;bodyBytes=9223372036854775808 | Invalid header 'Sandbox-Fault': a number is out of range.
            ;                                 | Invalid value '' for field 'Sandbox-Fault.type': must be one of status, latency, reset, empty, malformed, truncated, dribble, hang, data-not-ready, rate-limit, page-drift, vanishing-record, next-past-the-end, wrong-total.
            """)
    void badHeaderNamesTheField(String header, String message) {
        assertEquals(message, assertThrows(InvalidRule.class, () -> reader.header(header)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"fault": {"type": "status", "status": 99}}                                   | Invalid value '99' for field 'fault.status': must be a whole number from 400 to 599.
            {"trigger": {"type": "next"}, "fault": {"type": "reset"}}                     | Missing value for field 'trigger.count': how many matches fire.
            {"trigger": {"type": "sometimes"}, "fault": {"type": "reset"}}                | Invalid value 'sometimes' for field 'trigger.type': must be one of always, next, every, after, probability.
            {"trigger": {"type": "probability", "p": 1.5}, "fault": {"type": "reset"}}    | Invalid value '1.5' for field 'trigger.p': must be a number from 0 to 1.
            {"operation": "delete", "fault": {"type": "reset"}}                            | Invalid value 'delete' for field 'operation': must be one of list, get, push-create, push-update, push-poll, attachment-list, attachment-get, attachment-download, platform, any.
            {"page": 0, "fault": {"type": "reset"}}                                        | Invalid value '0' for field 'page': must be a whole number from 1 to 2147483647.
            {"fault": {"status": 503}}                                                     | Missing value for field 'fault.type': must be one of status, latency, reset, empty, malformed, truncated, dribble, hang, data-not-ready, rate-limit, page-drift, vanishing-record, next-past-the-end, wrong-total.
            {"company": "x"}                                                               | Missing value for field 'fault': a rule needs a fault, for example {"type": "status", "status": 503}.
            {"fault": {"type": "reset"}, "colour": "red"}                                  | Unknown field 'colour'.
            [{"fault": {"type": "reset"}}, {"fault": {"type": "status", "status": 600}}]   | Invalid value '600' for field '[1].fault.status': must be a whole number from 400 to 599.
            {"fault": {"type": "status", "status": 503}                                    | The fault rule is not valid JSON.
            42                                                                             | A fault rule is a JSON object, or an array of them.
            [null]                                                                         | Invalid value for field '[0]': a fault rule is a JSON object.
            [{"fault": {"type": "reset"}}, 42]                                             | Invalid value for field '[1]': a fault rule is a JSON object.
            """)
    void badRuleNamesTheField(String json, String message) {
        assertEquals(message, assertThrows(InvalidRule.class, () -> reader.rules(json)).getMessage());
    }

    @Test
    void drawsAreAPureFunctionOfSeedRuleAndMatch() {
        assertEquals(Draws.unit(42, 7, 3, Draws.TRIGGER), Draws.unit(42, 7, 3, Draws.TRIGGER));
        org.junit.jupiter.api.Assertions.assertNotEquals(Draws.unit(42, 7, 3, Draws.TRIGGER),
                Draws.unit(43, 7, 3, Draws.TRIGGER));
        org.junit.jupiter.api.Assertions.assertNotEquals(Draws.unit(42, 7, 3, Draws.TRIGGER),
                Draws.unit(42, 7, 4, Draws.TRIGGER));
    }
}
