package dev.codatsandbox.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What a fault does to a request: one of the sandbox's 14 kinds, made by the static method of its name
 * ({@code Fault.status(503).retryAfterSeconds(2)}, {@code Fault.latency(Duration.ofMillis(200))}). A fault is a value:
 * each attribute method answers a new fault. It is sent as the sandbox's JSON ({@code {"type": "status", ...}}), used
 * in a {@link FaultRule}, or given to one request as the {@value #HEADER} header ({@link #headerValue()}).
 */
@JsonPropertyOrder({"type"})
public abstract sealed class Fault permits Fault.Status, Fault.Latency, Fault.Reset, Fault.Empty, Fault.Malformed,
        Fault.Truncated, Fault.Dribble, Fault.Hang, Fault.DataNotReady, Fault.RateLimit, Fault.PageDrift,
        Fault.VanishingRecord, Fault.NextPastTheEnd, Fault.WrongTotal, Fault.Other {

    /** The header that asks for a fault on one request. */
    public static final String HEADER = "Sandbox-Fault";

    private final String type;
    private final Map<String, Object> attributes;

    Fault(String type, Map<String, Object> attributes) {
        this.type = type;
        Map<String, Object> normal = new LinkedHashMap<>();
        // whole numbers as Long, however they were given or read, so that equal values are equal
        attributes.forEach((name, value) -> normal.put(name, value instanceof Integer || value instanceof Short
                || value instanceof Byte ? Long.valueOf(((Number) value).longValue()) : value));
        this.attributes = Collections.unmodifiableMap(normal);
    }

    /** The kind, as the sandbox names it ({@code status}, {@code page-drift}, ...). */
    @JsonProperty("type")
    public String type() {
        return type;
    }

    /** The attributes given, in the order they were given. */
    @JsonAnyGetter
    public Map<String, Object> attributes() {
        return attributes;
    }

    /**
     * The value of the {@value #HEADER} header asking for this fault on one request:
     * {@code status;status=429;retryAfterSeconds=2}.
     */
    @JsonIgnore
    public String headerValue() {
        StringJoiner header = new StringJoiner(";").add(type);
        attributes.forEach((name, value) -> header.add(name + "=" + value));
        return header.toString();
    }

    Map<String, Object> with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        copy.put(name, value);
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fault fault && fault.type.equals(type) && fault.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, attributes);
    }

    @Override
    public String toString() {
        return headerValue();
    }

    /** Reads a fault as the sandbox writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Fault of(Map<String, Object> json) {
        Map<String, Object> attributes = new LinkedHashMap<>(json);
        String type = String.valueOf(attributes.remove("type"));
        return switch (type) {
            case "status" -> new Status(attributes);
            case "latency" -> new Latency(attributes);
            case "reset" -> new Reset();
            case "empty" -> new Empty();
            case "malformed" -> new Malformed();
            case "truncated" -> new Truncated(attributes);
            case "dribble" -> new Dribble(attributes);
            case "hang" -> new Hang();
            case "data-not-ready" -> new DataNotReady(attributes);
            case "rate-limit" -> new RateLimit(attributes);
            case "page-drift" -> new PageDrift(attributes);
            case "vanishing-record" -> new VanishingRecord();
            case "next-past-the-end" -> new NextPastTheEnd();
            case "wrong-total" -> new WrongTotal(attributes);
            default -> new Other(type, attributes);
        };
    }

    /** Answers {@code status} (400 to 599) with Codat's error body. */
    public static Status status(int status) {
        return new Status(Map.of("status", status));
    }

    /** Answers the request {@code delay} late. */
    public static Latency latency(Duration delay) {
        return new Latency(Map.of("latencyMs", delay.toMillis()));
    }

    /** Answers late by a delay drawn uniformly from {@code [min, max]} (replayable: drawn from the seed). */
    public static Latency latencyBetween(Duration min, Duration max) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("minLatencyMs", min.toMillis());
        attributes.put("maxLatencyMs", max.toMillis());
        return new Latency(attributes);
    }

    /** Answers late by a log-normal delay: {@code median}, and {@code sigma} the standard deviation of its log. */
    public static Latency latencyLogNormal(Duration median, double sigma) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("medianLatencyMs", median.toMillis());
        attributes.put("sigma", sigma);
        return new Latency(attributes);
    }

    /** Resets the connection without answering. */
    public static Reset reset() {
        return new Reset();
    }

    /** Closes the connection without sending a byte. */
    public static Empty empty() {
        return new Empty();
    }

    /** Sends bytes that are not HTTP, then closes. */
    public static Malformed malformed() {
        return new Malformed();
    }

    /** Sends the headers and part of the body (half, unless {@link Truncated#bodyBytes(int)}), then closes. */
    public static Truncated truncated() {
        return new Truncated(Map.of());
    }

    /** Sends the body in pieces spread over {@code duration}. */
    public static Dribble dribble(Duration duration) {
        return new Dribble(Map.of("durationMs", duration.toMillis()));
    }

    /** Never answers. */
    public static Hang hang() {
        return new Hang();
    }

    /** Codat's 409 "data set has not been requested", always, or until {@code requests} or a duration. */
    public static DataNotReady dataNotReady() {
        return new DataNotReady(Map.of());
    }

    /** Codat's 429 past a limit per company: set {@link RateLimit#maxConcurrent} or {@link RateLimit#maxRequests}. */
    public static RateLimit rateLimit() {
        return new RateLimit(Map.of());
    }

    /** Once {@code afterPage} has been served, {@code inserted} customers appear before the cursor. */
    public static PageDrift pageDriftInserted(int inserted) {
        return new PageDrift(Map.of("inserted", inserted));
    }

    /** Once {@code afterPage} has been served, the first {@code deleted} customers go. */
    public static PageDrift pageDriftDeleted(int deleted) {
        return new PageDrift(Map.of("deleted", deleted));
    }

    /** The first customer of each list page vanishes: a get of it answers 404. */
    public static VanishingRecord vanishingRecord() {
        return new VanishingRecord();
    }

    /** A list page carries a {@code next} link even when it is the last. */
    public static NextPastTheEnd nextPastTheEnd() {
        return new NextPastTheEnd();
    }

    /** {@code totalResults} disagrees with the items (by 1 unless {@link WrongTotal#totalResultsDelta(int)}). */
    public static WrongTotal wrongTotal() {
        return new WrongTotal(Map.of());
    }

    /** {@code status}: Codat's error body with a status of 400 to 599. */
    public static final class Status extends Fault {
        Status(Map<String, Object> attributes) {
            super("status", attributes);
        }

        /** The body's {@code error} instead of Codat's text for the status. */
        public Status message(String message) {
            return new Status(with("message", message));
        }

        /** Adds {@code Retry-After}. */
        public Status retryAfterSeconds(int seconds) {
            return new Status(with("retryAfterSeconds", seconds));
        }

        /** The body's {@code canBeRetried}: {@code Unknown}, {@code True} or {@code False}. */
        public Status canBeRetried(String canBeRetried) {
            return new Status(with("canBeRetried", canBeRetried));
        }
    }

    /** {@code latency}: the answer comes late. */
    public static final class Latency extends Fault {
        Latency(Map<String, Object> attributes) {
            super("latency", attributes);
        }
    }

    /** {@code reset}: TCP RST without an answer. */
    public static final class Reset extends Fault {
        Reset() {
            super("reset", Map.of());
        }
    }

    /** {@code empty}: the connection closed without a byte. */
    public static final class Empty extends Fault {
        Empty() {
            super("empty", Map.of());
        }
    }

    /** {@code malformed}: bytes that are not HTTP. */
    public static final class Malformed extends Fault {
        Malformed() {
            super("malformed", Map.of());
        }
    }

    /** {@code truncated}: part of the body, then the connection closes. */
    public static final class Truncated extends Fault {
        Truncated(Map<String, Object> attributes) {
            super("truncated", attributes);
        }

        /** How many bytes of the body are sent (fewer than the whole body). */
        public Truncated bodyBytes(int bytes) {
            return new Truncated(with("bodyBytes", bytes));
        }
    }

    /** {@code dribble}: the body in pieces over a time. */
    public static final class Dribble extends Fault {
        Dribble(Map<String, Object> attributes) {
            super("dribble", attributes);
        }

        /** Into how many pieces (default 10). */
        public Dribble chunks(int chunks) {
            return new Dribble(with("chunks", chunks));
        }
    }

    /** {@code hang}: no answer, ever. */
    public static final class Hang extends Fault {
        Hang() {
            super("hang", Map.of());
        }
    }

    /** {@code data-not-ready}: Codat's 409 for a company whose data is not ready. */
    public static final class DataNotReady extends Fault {
        DataNotReady(Map<String, Object> attributes) {
            super("data-not-ready", attributes);
        }

        /** Ready once asked this many times. */
        public DataNotReady requests(int requests) {
            return new DataNotReady(with("requests", requests));
        }

        /** Ready this long after the first matching request. */
        public DataNotReady duration(Duration duration) {
            return new DataNotReady(with("durationMs", duration.toMillis()));
        }
    }

    /** {@code rate-limit}: Codat's 429 with {@code Retry-After} past a limit, per company. */
    public static final class RateLimit extends Fault {
        RateLimit(Map<String, Object> attributes) {
            super("rate-limit", attributes);
        }

        /** At most this many requests in flight at once. */
        public RateLimit maxConcurrent(int requests) {
            return new RateLimit(with("maxConcurrent", requests));
        }

        /** At most this many requests in each fixed {@code window}. */
        public RateLimit maxRequests(int requests, Duration window) {
            return new RateLimit(new RateLimit(with("maxRequests", requests)).with("windowMs", window.toMillis()));
        }

        /** {@code Retry-After} for the concurrency limit (default 1). */
        public RateLimit retryAfterSeconds(int seconds) {
            return new RateLimit(with("retryAfterSeconds", seconds));
        }
    }

    /** {@code page-drift}: the list changes before the cursor during a walk. */
    public static final class PageDrift extends Fault {
        PageDrift(Map<String, Object> attributes) {
            super("page-drift", attributes);
        }

        /** The page after which the list changes (default 1). */
        public PageDrift afterPage(int page) {
            return new PageDrift(with("afterPage", page));
        }
    }

    /** {@code vanishing-record}: the first customer of a page answers 404 when fetched. */
    public static final class VanishingRecord extends Fault {
        VanishingRecord() {
            super("vanishing-record", Map.of());
        }
    }

    /** {@code next-past-the-end}: a {@code next} link on the last page. */
    public static final class NextPastTheEnd extends Fault {
        NextPastTheEnd() {
            super("next-past-the-end", Map.of());
        }
    }

    /** {@code wrong-total}: {@code totalResults} off by a delta. */
    public static final class WrongTotal extends Fault {
        WrongTotal(Map<String, Object> attributes) {
            super("wrong-total", attributes);
        }

        /** By how much (never 0; default 1). */
        public WrongTotal totalResultsDelta(int delta) {
            return new WrongTotal(with("totalResultsDelta", delta));
        }
    }

    /** A kind this client does not know (a newer sandbox's), kept as it was read. */
    public static final class Other extends Fault {
        Other(String type, Map<String, Object> attributes) {
            super(type, attributes);
        }
    }
}
