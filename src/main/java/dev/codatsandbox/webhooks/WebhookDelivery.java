package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.lifecycle.SandboxReset;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Sends each event to every consumer that wants it, as Codat does through Svix: one message per event (its
 * {@code webhook-id} the same for every consumer and attempt), POSTed as JSON with the Standard Webhooks headers
 * ({@link Signatures}, the consumer's secret, {@code webhook-timestamp} in real time, as receivers check it against
 * their own clock). A 2xx answer delivers it; any other status, a connection failure or no answer within
 * {@code sandbox.webhooks.timeout-ms} is retried after each delay of {@code sandbox.webhooks.retry-schedule} (Svix's
 * schedule by default) and then given up. Attempts stop when the consumer is deleted or disabled, or on a reset.
 *
 * <p>Webhook faults ({@link DeliveryFaultRules}) are chosen once per message and consumer and act on its first
 * attempt. Every attempt, and every message dropped by a fault, is written to the {@link DeliveryJournal}. Sending
 * holds no thread: Vert.x' HTTP client and timers do the work.
 */
@Startup
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    static final String USER_AGENT = "codat-customers-sandbox-webhooks";

    private final WebhookConsumers consumers;
    private final DeliveryFaultRules faults;
    private final DeliveryJournal journal;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final List<Duration> schedule;
    private final long timeoutMs;
    private final Map<String, List<Held>> held = new HashMap<>();
    private volatile HttpClient client;
    private volatile long generation;

    /** One event's message to one consumer (one copy of it, when duplicated). */
    private record Message(String eventType, String eventId, String messageId, byte[] body, String consumerId,
            long generation) {
    }

    /** How the first attempt is spoilt, and by which rule; {@link #NONE} for a clean attempt. */
    private record Spoil(String ruleId, DeliveryFault fault) {
        static final Spoil NONE = new Spoil(null, null);

        String faultType() {
            return fault == null ? null : fault.type();
        }
    }

    /** A message held back by an {@code out-of-order} fault, with its fallback timer. */
    private record Held(Message message, Spoil spoil, long timerId) {
    }

    WebhookDelivery(WebhookConsumers consumers, DeliveryFaultRules faults, DeliveryJournal journal,
            ObjectMapper mapper, Vertx vertx, SandboxConfig config) {
        this.consumers = consumers;
        this.faults = faults;
        this.journal = journal;
        this.mapper = mapper;
        this.vertx = vertx;
        this.schedule = List.copyOf(config.webhooks().retrySchedule());
        this.timeoutMs = config.webhooks().timeoutMs();
        if (schedule.stream().anyMatch(Duration::isNegative) || schedule.size() > 20) {
            throw new IllegalArgumentException("Invalid configuration: sandbox.webhooks.retry-schedule is "
                    + schedule + "; it must be at most 20 delays, none negative.");
        }
    }

    /**
     * Sends the event to each consumer that wants it; {@code company} is the company it is about (null for none),
     * {@code tags} that company's tags.
     */
    public void publish(WebhookEvent event, String company, Map<String, String> tags) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook event " + event.eventType() + " cannot be written", e);
        }
        String messageId = "msg_" + event.id().replace("-", "");
        for (RegisteredConsumer consumer : consumers.all()) {
            if (!consumer.wants(event.eventType(), company, tags)) {
                continue;
            }
            Message message = new Message(event.eventType(), event.id(), messageId, body, consumer.id(), generation);
            Spoil spoil = faults.select(event.eventType(), consumer.id())
                    .map(chosen -> new Spoil(chosen.ruleId(), chosen.fault())).orElse(Spoil.NONE);
            dispatch(message, spoil);
        }
    }

    private void dispatch(Message message, Spoil spoil) {
        if (spoil.fault() instanceof DeliveryFault.Drop) {
            RegisteredConsumer consumer = consumers.find(message.consumerId()).orElse(null);
            journal.record(sequence -> new DeliveryAttempt(sequence, now(), message.eventType(), message.eventId(),
                    message.messageId(), message.consumerId(), consumer == null ? null : consumer.url(), 1, null,
                    "dropped", 0, spoil.ruleId(), spoil.faultType()));
        } else if (spoil.fault() instanceof DeliveryFault.Delay delay) {
            vertx.setTimer(delay.delayMs(), timer -> attempt(message, 1, spoil));
        } else if (spoil.fault() instanceof DeliveryFault.Duplicate duplicate) {
            for (int copy = 0; copy < duplicate.count(); copy++) {
                attempt(message, 1, spoil);
            }
        } else if (spoil.fault() instanceof DeliveryFault.OutOfOrder outOfOrder) {
            synchronized (held) {
                long timer = vertx.setTimer(outOfOrder.hold(), t -> release(message.consumerId(), message));
                held.computeIfAbsent(message.consumerId(), c -> new ArrayList<>()).add(new Held(message, spoil, timer));
            }
        } else {
            attempt(message, 1, spoil);
        }
    }

    /** Sends the held messages of the consumer (only {@code only}, when given: its hold has run out). */
    private void release(String consumerId, Message only) {
        List<Held> due = new ArrayList<>();
        synchronized (held) {
            List<Held> waiting = held.getOrDefault(consumerId, List.of());
            for (Held h : List.copyOf(waiting)) {
                if (only == null || h.message() == only) {
                    waiting.remove(h);
                    vertx.cancelTimer(h.timerId());
                    due.add(h);
                }
            }
        }
        due.forEach(h -> attempt(h.message(), 1, h.spoil()));
    }

    private void attempt(Message message, int number, Spoil spoil) {
        Optional<RegisteredConsumer> found = consumers.find(message.consumerId());
        if (message.generation() != generation || found.isEmpty() || found.get().disabled()) {
            return;
        }
        RegisteredConsumer consumer = found.get();
        boolean first = number == 1;
        long timestamp = Instant.now().getEpochSecond();
        byte[] key = Signatures.key(consumer.secret()).orElseThrow();
        if (first && spoil.fault() instanceof DeliveryFault.StaleTimestamp stale) {
            timestamp -= stale.age();
        }
        if (first && spoil.fault() instanceof DeliveryFault.BadSignature) {
            key = key.clone();
            for (int i = 0; i < key.length; i++) {
                key[i] ^= (byte) 0x5a;
            }
        }
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(consumer.url())
                .setConnectTimeout(timeoutMs).setIdleTimeout(timeoutMs)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("webhook-id", message.messageId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", Signatures.sign(key, message.messageId(), timestamp, message.body()));
        Instant time = now();
        long started = System.nanoTime();
        Spoil recorded = first ? spoil : Spoil.NONE;
        client().request(request)
                .compose(sent -> sent.send(Buffer.buffer(message.body())))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .onComplete(result -> {
                    long latencyMs = (System.nanoTime() - started) / 1_000_000;
                    Integer status = result.succeeded() ? result.result() : null;
                    String error = result.succeeded() ? null : describe(result.cause());
                    DeliveryAttempt kept = journal.record(sequence -> new DeliveryAttempt(sequence, time,
                            message.eventType(), message.eventId(), message.messageId(), consumer.id(), consumer.url(),
                            number, status, error, latencyMs, recorded.ruleId(), recorded.faultType()));
                    LOG.debugf("Webhook %s %s to %s, attempt %d: %s", message.eventType(), message.messageId(),
                            consumer.url(), number, status != null ? status : error);
                    if (!kept.delivered()) {
                        retry(message, number, consumer.url());
                    }
                    if (first && !(spoil.fault() instanceof DeliveryFault.OutOfOrder)) {
                        release(message.consumerId(), null);
                    }
                });
    }

    private void retry(Message message, int failed, String url) {
        if (failed > schedule.size()) {
            LOG.infof("Webhook %s %s to %s given up after %d attempts", message.eventType(), message.messageId(),
                    url, failed);
            return;
        }
        long delayMs = Math.max(1, schedule.get(failed - 1).toMillis());
        vertx.setTimer(delayMs, timer -> attempt(message, failed + 1, Spoil.NONE));
    }

    private static String describe(Throwable cause) {
        if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection failed: " + cause.getMessage();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMs)
                            .setMaxPoolSize(20));
                }
                made = client;
            }
        }
        return made;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Stops every attempt still to come: those retried or held; messages already on the wire finish. */
    void onReset(@Observes SandboxReset reset) {
        generation++;
        synchronized (held) {
            held.values().forEach(list -> list.forEach(h -> vertx.cancelTimer(h.timerId())));
            held.clear();
        }
    }
}
