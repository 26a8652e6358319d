package dev.codatsandbox.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * What a fault does to a request: one record per kind, named on the wire by {@code type} in kebab case. The admin
 * API, the {@code Sandbox-Fault} header and start-up rules all produce these records, so a kind behaves the same
 * whichever way it was asked for. Attributes carry their unit in their name; absent optional attributes take the
 * defaults docs/faults.md gives.
 *
 * <p>Three families: answers made before the request reaches the API ({@link Status}, {@link DataNotReady},
 * {@link RateLimit}), delays and broken connections ({@link Latency}, {@link Reset}, {@link Empty},
 * {@link Malformed}, {@link Truncated}, {@link Dribble}, {@link Hang}), and data faults that change what the
 * Customers endpoints serve ({@link PageDrift}, {@link VanishingRecord}, {@link NextPastTheEnd},
 * {@link WrongTotal}).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = "type")
@JsonTypeIdResolver(Fault.Kinds.class)
public sealed interface Fault {

    /** Every kind's wire name ({@link WireKinds}: its class's name), in the order docs/faults.md describes them. */
    List<String> TYPES = new Kinds().names();

    /** The longest delay any fault may ask for: ten minutes. */
    long MAX_MS = 600_000;

    /** Checks the attributes; {@code field} is where this fault sits in the rule ("fault"), for the messages. */
    void validate(String field);

    /** Whether the fault changes the data the Customers endpoints serve (applied inside the resource). */
    default boolean dataFault() {
        return this instanceof PageDrift || this instanceof VanishingRecord || this instanceof NextPastTheEnd
                || this instanceof WrongTotal;
    }

    /**
     * Answers {@code status} (any 4xx or 5xx) with Codat's error body. {@code message} defaults to Codat's text
     * for the status; {@code canBeRetried} (Codat's {@code Unknown}, {@code True} or {@code False}) defaults to
     * {@code True} for 408, 429, 502, 503 and 504 and whenever {@code retryAfterSeconds} is set, {@code False}
     * for other 4xx and {@code Unknown} for other 5xx; {@code retryAfterSeconds} adds a {@code Retry-After} header.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "status", "message", "retryAfterSeconds", "canBeRetried"})
    record Status(Integer status, String message, Integer retryAfterSeconds, String canBeRetried) implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".status", status, "a status from 400 to 599 is required");
            InvalidRule.range(field + ".status", status, 400, 599);
            InvalidRule.range(field + ".retryAfterSeconds", retryAfterSeconds, 0, 86_400);
            if (canBeRetried != null && !List.of("Unknown", "True", "False").contains(canBeRetried)) {
                throw InvalidRule.value(field + ".canBeRetried", canBeRetried, "must be Unknown, True or False");
            }
            if (message != null && message.isBlank()) {
                throw InvalidRule.value(field + ".message", message, "must not be blank");
            }
        }

        /** The {@code canBeRetried} value sent. */
        public String retriable() {
            if (canBeRetried != null) {
                return canBeRetried;
            }
            if (retryAfterSeconds != null || List.of(408, 429, 502, 503, 504).contains(status)) {
                return "True";
            }
            return status < 500 ? "False" : "Unknown";
        }
    }

    /**
     * Delays the request before it is served, without holding a thread: fixed ({@code latencyMs}), uniform
     * ({@code minLatencyMs} to {@code maxLatencyMs}) or log-normal ({@code medianLatencyMs} and {@code sigma}, the
     * standard deviation of the logarithm). Draws come from the seed, the rule and the match number.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "latencyMs", "minLatencyMs", "maxLatencyMs", "medianLatencyMs", "sigma"})
    record Latency(Long latencyMs, Long minLatencyMs, Long maxLatencyMs, Long medianLatencyMs, Double sigma)
            implements Fault {
        @Override
        public void validate(String field) {
            int forms = (latencyMs != null ? 1 : 0) + (minLatencyMs != null || maxLatencyMs != null ? 1 : 0)
                    + (medianLatencyMs != null || sigma != null ? 1 : 0);
            if (forms != 1) {
                throw new InvalidRule("Invalid latency in field '" + field + "': give exactly one of latencyMs,"
                        + " minLatencyMs with maxLatencyMs, or medianLatencyMs with sigma.");
            }
            InvalidRule.range(field + ".latencyMs", latencyMs, 0, MAX_MS);
            if (minLatencyMs != null || maxLatencyMs != null) {
                InvalidRule.required(field + ".minLatencyMs", minLatencyMs, "a uniform latency needs both bounds");
                InvalidRule.required(field + ".maxLatencyMs", maxLatencyMs, "a uniform latency needs both bounds");
                InvalidRule.range(field + ".minLatencyMs", minLatencyMs, 0, MAX_MS);
                InvalidRule.range(field + ".maxLatencyMs", maxLatencyMs, minLatencyMs, MAX_MS);
            }
            if (medianLatencyMs != null || sigma != null) {
                InvalidRule.required(field + ".medianLatencyMs", medianLatencyMs, "a log-normal latency needs it");
                InvalidRule.required(field + ".sigma", sigma, "a log-normal latency needs it");
                InvalidRule.range(field + ".medianLatencyMs", medianLatencyMs, 1, MAX_MS);
                if (!(sigma >= 0 && sigma <= 5)) {
                    throw InvalidRule.value(field + ".sigma", sigma, "must be a number from 0 to 5");
                }
            }
        }

        /** The delay for a draw {@code u} in [0, 1) (and a second one, {@code v}, for the log-normal form). */
        public long delayMs(double u, double v) {
            if (latencyMs != null) {
                return latencyMs;
            }
            if (minLatencyMs != null) {
                return minLatencyMs + (long) Math.floor(u * (maxLatencyMs - minLatencyMs + 1));
            }
            double gaussian = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
            return Math.min(MAX_MS, Math.round(medianLatencyMs * Math.exp(sigma * gaussian)));
        }
    }

    /** Resets the connection (TCP RST) without answering. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reset() implements Fault {
        @Override
        public void validate(String field) {
        }
    }

    /** Closes the connection without answering. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Empty() implements Fault {
        @Override
        public void validate(String field) {
        }
    }

    /** Sends bytes that are not HTTP, then closes the connection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Malformed() implements Fault {
        @Override
        public void validate(String field) {
        }
    }

    /**
     * Sends the real answer's status line and headers (with its full {@code Content-Length}) and only
     * {@code bodyBytes} of its body (default: half), then closes the connection.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Truncated(Integer bodyBytes) implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".bodyBytes", bodyBytes, 0, Integer.MAX_VALUE);
        }
    }

    /**
     * Sends the real answer's headers at once and its body in {@code chunks} pieces (default 10) spread over
     * {@code durationMs}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "durationMs", "chunks"})
    record Dribble(Long durationMs, Integer chunks) implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.required(field + ".durationMs", durationMs, "the time over which the body is sent");
            InvalidRule.range(field + ".durationMs", durationMs, 1, MAX_MS);
            InvalidRule.range(field + ".chunks", chunks, 1, 10_000);
        }

        public int pieces() {
            return chunks == null ? 10 : chunks;
        }
    }

    /** Accepts the request and never answers; the connection stays open until the client gives up. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hang() implements Fault {
        @Override
        public void validate(String field) {
        }
    }

    /**
     * Codat's 409 for a company whose data is not ready: each company the rule matches answers 409 until it has
     * been asked {@code requests} times or {@code durationMs} have passed since its first matching request,
     * whichever comes first (at least one is required). From the header, the one request answers 409.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "requests", "durationMs"})
    record DataNotReady(Integer requests, Long durationMs) implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".requests", requests, 1, Integer.MAX_VALUE);
            InvalidRule.range(field + ".durationMs", durationMs, 1, 86_400_000);
        }
    }

    /**
     * Codat's rate limiting, per company: at most {@code maxConcurrent} requests in flight and at most
     * {@code maxRequests} per {@code windowMs} (default 60000) window; over either limit the answer is 429 with
     * Codat's body and {@code Retry-After} (the seconds left in the window, or {@code retryAfterSeconds}, default 1,
     * for the concurrency limit). From the header, the one request answers 429.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "maxConcurrent", "maxRequests", "windowMs", "retryAfterSeconds"})
    record RateLimit(Integer maxConcurrent, Integer maxRequests, Long windowMs, Integer retryAfterSeconds)
            implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".maxConcurrent", maxConcurrent, 1, 1_000_000);
            InvalidRule.range(field + ".maxRequests", maxRequests, 1, Integer.MAX_VALUE);
            InvalidRule.range(field + ".windowMs", windowMs, 1, 86_400_000);
            InvalidRule.range(field + ".retryAfterSeconds", retryAfterSeconds, 0, 86_400);
        }

        public long window() {
            return windowMs == null ? 60_000 : windowMs;
        }

        public int concurrencyRetryAfter() {
            return retryAfterSeconds == null ? 1 : retryAfterSeconds;
        }
    }

    /**
     * Once page {@code afterPage} (or a later one) of a company's list has been served, the list changes before the
     * cursor: {@code inserted} new customers appear at its start, or its first {@code deleted} customers go, so an
     * offset walk sees duplicates or skips and {@code totalResults} changes mid-walk. From the header, the one page
     * is served from the changed list.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "afterPage", "inserted", "deleted"})
    record PageDrift(Integer afterPage, Integer inserted, Integer deleted) implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".afterPage", afterPage, 1, Integer.MAX_VALUE);
            InvalidRule.range(field + ".inserted", inserted, 0, 10_000);
            InvalidRule.range(field + ".deleted", deleted, 0, Integer.MAX_VALUE);
            if (insertedCount() + deletedCount() == 0 || insertedCount() > 0 && deletedCount() > 0) {
                throw new InvalidRule("Invalid page drift in field '" + field
                        + "': give a positive number for exactly one of inserted or deleted.");
            }
        }

        public int firstPageAfter() {
            return afterPage == null ? 1 : afterPage;
        }

        public int insertedCount() {
            return inserted == null ? 0 : inserted;
        }

        public int deletedCount() {
            return deleted == null ? 0 : deleted;
        }
    }

    /**
     * The first customer of each list page the rule applies to vanishes: getting it by id afterwards answers 404.
     * From the header on a get, the one get answers 404.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VanishingRecord() implements Fault {
        @Override
        public void validate(String field) {
        }
    }

    /** A list page carries a {@code next} link even when it is the last page (the linked page is empty). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NextPastTheEnd() implements Fault {
        @Override
        public void validate(String field) {
        }
    }

    /** A list page's {@code totalResults} is off by {@code totalResultsDelta} (default 1, never 0). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WrongTotal(Integer totalResultsDelta) implements Fault {
        @Override
        public void validate(String field) {
            InvalidRule.range(field + ".totalResultsDelta", totalResultsDelta, -1_000_000, 1_000_000);
            if (totalResultsDelta != null && totalResultsDelta == 0) {
                throw InvalidRule.value(field + ".totalResultsDelta", 0, "must not be 0");
            }
        }

        public int delta() {
            return totalResultsDelta == null ? 1 : totalResultsDelta;
        }
    }

    /** Whether the request is left without an answer: its connection or stream broken, or never answered. */
    default boolean unanswered() {
        return this instanceof Reset || this instanceof Empty || this instanceof Malformed || this instanceof Hang;
    }

    /** The kind's wire name. */
    default String type() {
        return WireKinds.name(getClass());
    }

    /** The fault kinds, in the order docs/faults.md describes them: the one list of them. */
    @RegisterForReflection
    final class Kinds extends WireKinds {
        public Kinds() {
            super(List.of(Status.class, Latency.class, Reset.class, Empty.class, Malformed.class, Truncated.class,
                    Dribble.class, Hang.class, DataNotReady.class, RateLimit.class, PageDrift.class,
                    VanishingRecord.class, NextPastTheEnd.class, WrongTotal.class));
        }
    }
}
