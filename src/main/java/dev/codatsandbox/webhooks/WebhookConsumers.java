package dev.codatsandbox.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.lifecycle.SandboxReset;
import dev.codatsandbox.platform.DerivedIds;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook consumers: those of {@code sandbox.webhooks.consumers}, in force from start-up and again after a
 * reset, then those registered at run time through Codat's {@code POST /webhooks} or the admin API, in that order.
 * A consumer's id is made from the seed and its registration number, its secret (unless given) from the seed and
 * its id, so the same configuration and calls give the same ids and secrets on every run. At most
 * {@value #MAX_CONSUMERS} consumers, as Codat allows.
 */
@Startup
@ApplicationScoped
public class WebhookConsumers {

    /** Codat's limit on a client's webhook consumers. */
    static final int MAX_CONSUMERS = 50;
    private static final Logger LOG = Logger.getLogger(WebhookConsumers.class);

    private final DerivedIds ids;
    private final ObjectMapper strict;
    private final List<ConsumerRequest> configured;
    private final Map<String, RegisteredConsumer> consumers = new LinkedHashMap<>();
    private long registered;

    WebhookConsumers(SandboxConfig config, ObjectMapper mapper) {
        this.ids = new DerivedIds(config.seed());
        this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            this.configured = config.webhooks().consumers().map(this::read).orElse(List.of());
            configured.forEach(request -> register(request, RegisteredConsumer.CONFIGURATION));
        } catch (CodatApiException e) {
            throw new IllegalArgumentException("Invalid configuration: sandbox.webhooks.consumers: "
                    + e.getMessage());
        }
        if (!configured.isEmpty()) {
            LOG.infof("Webhook consumers from configuration: %d", configured.size());
        }
    }

    /** One consumer (a JSON object) or several (an array) in the admin API's form, each checked. */
    public List<ConsumerRequest> read(String json) {
        JsonNode tree;
        try {
            tree = json == null || json.isBlank() ? null : strict.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CodatApiException(400, "The webhook consumer is not valid JSON.");
        }
        if (tree == null || !(tree.isObject() || tree.isArray())) {
            throw new CodatApiException(400, "A webhook consumer is a JSON object, or an array of them.");
        }
        List<ConsumerRequest> requests = new ArrayList<>();
        for (int i = 0; i < (tree.isArray() ? tree.size() : 1); i++) {
            String prefix = tree.isArray() ? "[" + i + "]." : "";
            try {
                ConsumerRequest request = strict.treeToValue(tree.isArray() ? tree.get(i) : tree,
                        ConsumerRequest.class);
                requests.add(checked(request, prefix));
            } catch (UnrecognizedPropertyException e) {
                throw new CodatApiException(400, "Unknown field '" + prefix + e.getPropertyName() + "'.");
            } catch (JsonProcessingException e) {
                throw new CodatApiException(400, "Invalid webhook consumer" + (prefix.isEmpty() ? "" : " '"
                        + prefix.substring(0, prefix.length() - 1) + "'") + ": it must be an object with 'url' (text),"
                        + " 'eventTypes' (a list of text), 'disabled' (true or false), 'companyId' (text),"
                        + " 'companyTags' (a list of text) and 'secret' (text).");
            }
        }
        return requests;
    }

    /** Registers a checked consumer; answers it as kept. */
    public synchronized RegisteredConsumer register(ConsumerRequest request, String source) {
        ConsumerRequest checked = checked(request, "");
        if (consumers.size() >= MAX_CONSUMERS) {
            throw new CodatApiException(400, "The number of webhook consumers is limited to " + MAX_CONSUMERS
                    + "; delete one first.");
        }
        String id = ids.webhookConsumer(registered++);
        String secret = checked.secret() != null ? checked.secret() : Signatures.secret(ids.webhookSecret(id));
        RegisteredConsumer consumer = new RegisteredConsumer(id, checked.url(), Boolean.TRUE.equals(checked.disabled()),
                checked.eventTypes() == null ? List.of() : List.copyOf(checked.eventTypes()),
                checked.companyTags() == null ? null : List.copyOf(checked.companyTags()),
                checked.companyId() == null ? null : checked.companyId().toLowerCase(Locale.ROOT), secret, source);
        consumers.put(id, consumer);
        LOG.debugf("Webhook consumer %s registered (%s): %s", id, source, consumer.url());
        return consumer;
    }

    public synchronized List<RegisteredConsumer> all() {
        return List.copyOf(consumers.values());
    }

    public synchronized Optional<RegisteredConsumer> find(String id) {
        return Optional.ofNullable(id == null ? null : consumers.get(id.toLowerCase(Locale.ROOT)));
    }

    public synchronized boolean delete(String id) {
        return id != null && consumers.remove(id.toLowerCase(Locale.ROOT)) != null;
    }

    /** Drops the consumers registered at run time; those of the configuration are registered again. */
    synchronized void onReset(@Observes SandboxReset reset) {
        consumers.clear();
        registered = 0;
        configured.forEach(request -> register(request, RegisteredConsumer.CONFIGURATION));
    }

    private static ConsumerRequest checked(ConsumerRequest request, String prefix) {
        if (request == null) {
            throw new CodatApiException(400, "A webhook consumer is a JSON object with at least a 'url'.");
        }
        if (request.url() == null || request.url().isBlank()) {
            throw new CodatApiException(400, "Missing value for field '" + prefix + "url': the address events are"
                    + " sent to, such as https://example.com/webhooks.");
        }
        if (!httpUrl(request.url())) {
            throw invalid(prefix + "url", request.url(), "must be an absolute http or https URL");
        }
        List<String> types = request.eventTypes() == null ? List.of() : request.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null || types.get(i).isBlank()) {
                throw invalid(prefix + "eventTypes[" + i + "]", types.get(i), "must be an event type such as "
                        + WebhookEvent.CUSTOMERS_WRITE_SUCCESSFUL);
            }
        }
        if (request.companyId() != null && request.companyId().isBlank()) {
            throw invalid(prefix + "companyId", request.companyId(), "must be a company id");
        }
        if (request.companyTags() != null && request.companyTags().size() > 10) {
            throw invalid(prefix + "companyTags", request.companyTags().size() + " tags", "must be at most 10 tags");
        }
        if (request.secret() != null && Signatures.key(request.secret()).isEmpty()) {
            throw invalid(prefix + "secret", request.secret(), "must be whsec_ followed by the base64 of 24 to 64"
                    + " bytes");
        }
        return request;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static CodatApiException invalid(String field, Object value, String rule) {
        return new CodatApiException(400, "Invalid value '" + value + "' for field '" + field + "': " + rule + ".");
    }
}
