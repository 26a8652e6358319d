package dev.codatsandbox.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of fault and trigger as JSON and as the {@code Sandbox-Fault} header; rules as the admin API takes. */
class FaultTest {

    static Stream<Object[]> kinds() {
        return Stream.of(
                new Object[] {Fault.status(429).retryAfterSeconds(2), "status;status=429;retryAfterSeconds=2",
                    "{\"type\":\"status\",\"status\":429,\"retryAfterSeconds\":2}"},
                new Object[] {Fault.status(503).message("Down.").canBeRetried("True"),
                    "status;status=503;message=Down.;canBeRetried=True",
                    "{\"type\":\"status\",\"status\":503,\"message\":\"Down.\",\"canBeRetried\":\"True\"}"},
                new Object[] {Fault.latency(Duration.ofMillis(200)), "latency;latencyMs=200",
                    "{\"type\":\"latency\",\"latencyMs\":200}"},
                new Object[] {Fault.latencyBetween(Duration.ofMillis(50), Duration.ofMillis(300)),
                    "latency;minLatencyMs=50;maxLatencyMs=300",
                    "{\"type\":\"latency\",\"minLatencyMs\":50,\"maxLatencyMs\":300}"},
                new Object[] {Fault.latencyLogNormal(Duration.ofMillis(100), 0.5),
                    "latency;medianLatencyMs=100;sigma=0.5",
                    "{\"type\":\"latency\",\"medianLatencyMs\":100,\"sigma\":0.5}"},
                new Object[] {Fault.reset(), "reset", "{\"type\":\"reset\"}"},
                new Object[] {Fault.empty(), "empty", "{\"type\":\"empty\"}"},
                new Object[] {Fault.malformed(), "malformed", "{\"type\":\"malformed\"}"},
                new Object[] {Fault.truncated().bodyBytes(100), "truncated;bodyBytes=100",
                    "{\"type\":\"truncated\",\"bodyBytes\":100}"},
                new Object[] {Fault.dribble(Duration.ofSeconds(2)).chunks(10), "dribble;durationMs=2000;chunks=10",
                    "{\"type\":\"dribble\",\"durationMs\":2000,\"chunks\":10}"},
                new Object[] {Fault.hang(), "hang", "{\"type\":\"hang\"}"},
                new Object[] {Fault.dataNotReady().requests(2).duration(Duration.ofSeconds(1)),
                    "data-not-ready;requests=2;durationMs=1000",
                    "{\"type\":\"data-not-ready\",\"requests\":2,\"durationMs\":1000}"},
                new Object[] {Fault.rateLimit().maxRequests(5, Duration.ofSeconds(10)).retryAfterSeconds(3),
                    "rate-limit;maxRequests=5;windowMs=10000;retryAfterSeconds=3",
                    "{\"type\":\"rate-limit\",\"maxRequests\":5,\"windowMs\":10000,\"retryAfterSeconds\":3}"},
                new Object[] {Fault.rateLimit().maxConcurrent(2), "rate-limit;maxConcurrent=2",
                    "{\"type\":\"rate-limit\",\"maxConcurrent\":2}"},
                new Object[] {Fault.pageDriftInserted(3).afterPage(2), "page-drift;inserted=3;afterPage=2",
                    "{\"type\":\"page-drift\",\"inserted\":3,\"afterPage\":2}"},
                new Object[] {Fault.pageDriftDeleted(3), "page-drift;deleted=3",
                    "{\"type\":\"page-drift\",\"deleted\":3}"},
                new Object[] {Fault.vanishingRecord(), "vanishing-record", "{\"type\":\"vanishing-record\"}"},
                new Object[] {Fault.nextPastTheEnd(), "next-past-the-end", "{\"type\":\"next-past-the-end\"}"},
                new Object[] {Fault.wrongTotal().totalResultsDelta(-2), "wrong-total;totalResultsDelta=-2",
                    "{\"type\":\"wrong-total\",\"totalResultsDelta\":-2}"});
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachKindIsItsHeaderAndItsJsonAndReadsBackEqual(Fault fault, String header, String json) {
        assertEquals(header, fault.headerValue());
        assertEquals(json, Json.write(fault));
        assertEquals(fault, Json.read(json, Fault.class));
    }

    @Test
    void triggersAreTheSandboxsJson() {
        assertEquals("[{\"type\":\"always\"},{\"type\":\"next\",\"count\":2},{\"type\":\"every\",\"nth\":3},"
                + "{\"type\":\"after\",\"count\":4},{\"type\":\"probability\",\"p\":0.25}]",
                Json.write(List.of(Trigger.always(), Trigger.next(2), Trigger.every(3), Trigger.after(4),
                        Trigger.probability(0.25))));
    }

    @Test
    void aRuleCarriesItsScopeInTheSandboxsOrderAndLeavesOutWhatIsNotGiven() {
        FaultRule rule = FaultRule.of(Fault.status(503)).trigger(Trigger.next(2)).page(3).method("GET")
                .operation(Operation.LIST).company("acme");

        assertEquals("{\"company\":\"acme\",\"operation\":\"list\",\"method\":\"GET\",\"page\":3,"
                + "\"trigger\":{\"type\":\"next\",\"count\":2},\"fault\":{\"type\":\"status\",\"status\":503}}",
                rule.toJson());
        assertEquals("{\"fault\":{\"type\":\"hang\"}}", FaultRule.of(Fault.hang()).toJson());
    }
}
