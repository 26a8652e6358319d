package dev.codatsandbox.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codatsandbox.clock.SandboxClock;
import dev.codatsandbox.companies.CompanyData;
import dev.codatsandbox.companies.CompanyDirectory;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.errors.CodatError.ValidationItem;
import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.lifecycle.SandboxReset;
import dev.codatsandbox.metrics.SandboxMetrics;
import dev.codatsandbox.model.Contact;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.platform.DerivedIds;
import dev.codatsandbox.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Push operations of customers: creates and updates, their lifecycle, and the scripted and seeded outcomes that
 * tests choose.
 *
 * <p>A push request is checked at once: a body that is not a Customer is a 400 and no operation; a Customer that
 * breaks the connection's rules ({@link CustomerPushModel}) is an operation {@code Failed} on the spot, with
 * {@code statusCode} 400 and every problem in {@code validation.errors}. Any other operation starts {@code Pending}
 * and is due at {@code requestedOnUtc} plus a delay (the scripted {@code afterMs}, or {@code sandbox.push.delay-ms});
 * its outcome is fixed when it is requested: the company's next scripted outcome if there is one, else a draw from
 * the seed against {@code sandbox.push.failure-share} and {@code sandbox.push.timeout-share}, else success. A delay
 * longer than the request's {@code timeoutInMinutes} makes it time out at that limit.
 *
 * <p>No thread completes operations: an operation completes once the sandbox clock has passed its due time, when any
 * request about its company is served ({@link #settle(String)}, called by {@link PushSettling}). Completion is at the
 * due time, not at the moment it is noticed, and due operations complete in order of due time then request order,
 * so the outcome, {@code completedOnUtc} and the data written do not depend on when a client polls. A successful
 * operation writes its customer ({@code modifiedDate} and {@code sourceModifiedDate} its completion time) to the
 * company's customers; until then reads do not see it, as with Codat.
 *
 * <p>Each company's operations are numbered in request order; an operation's key, a created customer's id and the
 * seeded draw are functions of the seed, the company and that number. Same seed, same calls: same keys, outcomes and
 * bodies (with the clock frozen, same times too).
 */
@ApplicationScoped
public class PushOperations {

    static final String DATA_TYPE = "customers";

    private final CompanyDirectory directory;
    private final SandboxMetrics metrics;
    private final Platform platform;
    private final SandboxClock clock;
    private final DerivedIds ids;
    private final long delayMs;
    private final double failureShare;
    private final double timeoutShare;
    private final ObjectReader customerReader;
    private final Map<String, Ledger> ledgers = new ConcurrentHashMap<>();

    PushOperations(CompanyDirectory directory, Platform platform, SandboxClock clock, SandboxConfig config,
                   ObjectMapper mapper, SandboxMetrics metrics) {
        this.directory = directory;
        this.metrics = metrics;
        this.platform = platform;
        this.clock = clock;
        this.ids = new DerivedIds(config.seed());
        this.delayMs = config.push().delayMs();
        this.failureShare = config.push().failureShare();
        this.timeoutShare = config.push().timeoutShare();
        if (failureShare + timeoutShare > 1) {
            throw new IllegalArgumentException("sandbox.push.failure-share (" + failureShare
                    + ") and sandbox.push.timeout-share (" + timeoutShare + ") add up to more than 1");
        }
        // the deserializer is made on the first push, not on the first request of any kind (which makes this bean)
        this.customerReader = mapper.reader()
                .without(DeserializationFeature.EAGER_DESERIALIZER_FETCH)
                .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .forType(Customer.class);
    }

    /** One company's push operations, in request order, and its scripted outcomes; guarded by itself. */
    private static final class Ledger {
        final List<Operation> operations = new ArrayList<>();
        final Map<String, Operation> byKey = new HashMap<>();
        final Deque<ScriptedOutcome> script = new ArrayDeque<>();
        final List<Operation> pending = new ArrayList<>();
        /** Whether {@link #pending} has operations: read without the lock, so reads of a quiet company take none. */
        volatile boolean hasPending;
        Instant lastRequested = Instant.MIN;
    }

    /** What an operation will do when it is due. */
    private record Plan(PushOperationStatus status, String errorMessage, List<ValidationItem> errors) {
    }

    /** One push operation; its mutable fields are guarded by its company's ledger. */
    private static final class Operation {
        final String key;
        final String companyId;
        final String connectionId;
        final boolean create;
        final Customer customer;
        final boolean forceUpdate;
        final Instant requestedOn;
        final Integer timeoutInMinutes;
        final long number;
        Instant due;
        Plan plan;
        PushOperationStatus status = PushOperationStatus.Pending;
        Instant completedOn;
        String errorMessage;
        List<ValidationItem> errors = List.of();
        int statusCode = 202;
        List<PushChange> changes;

        Operation(String key, long number, String companyId, String connectionId, boolean create, Customer customer,
                  boolean forceUpdate, Instant requestedOn, Integer timeoutInMinutes) {
            this.key = key;
            this.number = number;
            this.companyId = companyId;
            this.connectionId = connectionId;
            this.create = create;
            this.customer = customer;
            this.forceUpdate = forceUpdate;
            this.requestedOn = requestedOn;
            this.timeoutInMinutes = timeoutInMinutes;
        }

        PushOperation view() {
            return new PushOperation(changes, DATA_TYPE, companyId, key, connectionId, requestedOn, completedOn,
                    timeoutInMinutes, status, errorMessage, new CodatError.Validation(errors, List.of()), statusCode);
        }
    }

    /** Pushes a new customer ({@code POST …/push/customers}). */
    public CustomerPushResponse create(String companyId, String connectionId, String body, Integer timeoutInMinutes) {
        return push(companyId, connectionId, null, body, timeoutInMinutes, false);
    }

    /** Pushes a change to a customer ({@code PUT …/push/customers/{customerId}}). */
    public CustomerPushResponse update(String companyId, String connectionId, String customerId, String body,
                                       Integer timeoutInMinutes, boolean forceUpdate) {
        return push(companyId, connectionId, customerId, body, timeoutInMinutes, forceUpdate);
    }

    private CustomerPushResponse push(String companyIdAsGiven, String connectionIdAsGiven, String customerId,
                                      String body, Integer timeoutInMinutes, boolean forceUpdate) {
        CompanyData company = platform.require(companyIdAsGiven);
        String connectionId = platform.requireConnection(companyIdAsGiven, connectionIdAsGiven).id();
        String companyId = company.id();
        JsonNode node = parse(body);
        CustomerPushModel.requireCustomerShape(node);
        Customer pushed = toCustomer(node);
        boolean create = customerId == null;

        Ledger ledger = ledger(companyId);
        synchronized (ledger) {
            settle(ledger, companyId);
            CompanyData current = directory.find(companyId).orElseThrow();
            if (!create && current.customer(customerId).isEmpty()) {
                throw CodatApiException.notFound("Customer '" + customerId + "' was not found for company '"
                        + companyIdAsGiven + "'.");
            }
            long number = ledger.operations.size();
            Instant now = clock.now();
            Instant requestedOn = now.isBefore(ledger.lastRequested) ? ledger.lastRequested : now;
            ledger.lastRequested = requestedOn;

            List<ValidationItem> problems = new ArrayList<>(CustomerPushModel.problems(node));
            String id = create ? (pushed.id() == null || pushed.id().isBlank()
                    ? ids.pushedCustomer(companyId, number) : pushed.id()) : customerId;
            if (create && pushed.id() != null && current.customer(pushed.id()).isPresent()) {
                problems.add(new ValidationItem("id", "A customer with id '" + pushed.id()
                        + "' already exists; update it with PUT.", "UniqueId"));
            }
            Customer data = withId(pushed, id);
            Operation operation = new Operation(ids.pushOperation(companyId, number), number, companyId, connectionId,
                    create, data, forceUpdate, requestedOn, timeoutInMinutes);
            ledger.operations.add(operation);
            ledger.byKey.put(operation.key, operation);
            if (!problems.isEmpty()) {
                complete(operation, requestedOn, new Plan(PushOperationStatus.Failed,
                        "The customer is not valid for this connection: see validation.errors.", problems));
            } else {
                plan(ledger, operation);
                ledger.pending.add(operation);
                ledger.hasPending = true;
            }
            return CustomerPushResponse.of(data, operation.view());
        }
    }

    /**
     * The company's ledger, made on its first push or script. The company is held from then on, as its operations
     * will change it: a company generated on first use counts against {@code sandbox.companies.max-held} from its
     * first push, and when there is no room the push is refused (402) before anything of it is kept.
     */
    private Ledger ledger(String companyId) {
        Ledger ledger = ledgers.get(companyId);
        if (ledger != null) {
            return ledger;
        }
        directory.hold(companyId);
        return ledgers.computeIfAbsent(companyId, id -> new Ledger());
    }

    private void plan(Ledger ledger, Operation operation) {
        ScriptedOutcome scripted = ledger.script.poll();
        long afterMs = delayMs;
        Plan plan;
        if (scripted != null) {
            afterMs = scripted.afterMs() == null ? delayMs : scripted.afterMs();
            plan = plan(scripted, operation);
        } else {
            double draw = ids.pushDraw(operation.companyId, operation.number);
            if (draw < failureShare) {
                plan = new Plan(PushOperationStatus.Failed, "The accounting platform rejected the customer.",
                        List.of(new ValidationItem("customer", "The accounting platform rejected the customer (a"
                                + " failure drawn for sandbox.push.failure-share).", "SandboxFailureShare")));
            } else if (draw < failureShare + timeoutShare) {
                plan = timedOut(operation);
            } else {
                plan = new Plan(PushOperationStatus.Success, null, List.of());
            }
        }
        if (operation.timeoutInMinutes != null && afterMs > operation.timeoutInMinutes * 60_000L) {
            afterMs = operation.timeoutInMinutes * 60_000L;
            plan = timedOut(operation);
        }
        operation.plan = plan;
        operation.due = operation.requestedOn.plus(Duration.ofMillis(afterMs));
    }

    private static Plan plan(ScriptedOutcome outcome, Operation operation) {
        return switch (outcome.status()) {
            case Failed -> new Plan(PushOperationStatus.Failed, outcome.errorMessage() == null
                    ? "The accounting platform rejected the customer." : outcome.errorMessage(),
                    outcome.errors() == null ? List.of() : outcome.errors());
            case TimedOut -> timedOut(operation);
            default -> new Plan(PushOperationStatus.Success, null, List.of());
        };
    }

    private static Plan timedOut(Operation operation) {
        return new Plan(PushOperationStatus.TimedOut, operation.timeoutInMinutes == null
                ? "The push operation timed out."
                : "The push operation did not complete within " + operation.timeoutInMinutes + " minutes.", List.of());
    }

    /** Completes every operation of the company that is due by the sandbox clock. */
    public void settle(String companyId) {
        Ledger ledger = ledgers.get(companyId);
        if (ledger != null && ledger.hasPending) {
            synchronized (ledger) {
                settle(ledger, companyId);
            }
        }
    }

    private void settle(Ledger ledger, String companyId) {
        if (ledger.pending.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        List<Operation> due = ledger.pending.stream().filter(o -> !o.due.isAfter(now))
                .sorted(Comparator.comparing((Operation o) -> o.due).thenComparingLong(o -> o.number))
                .toList();
        for (Operation operation : due) {
            ledger.pending.remove(operation);
            Plan plan = operation.plan;
            if (plan.status() == PushOperationStatus.Success) {
                plan = apply(companyId, operation);
            }
            complete(operation, operation.due, plan);
        }
        ledger.hasPending = !ledger.pending.isEmpty();
    }

    /** Writes a successful operation's customer; answers the plan it ends with (a stale update fails instead). */
    private Plan apply(String companyId, Operation operation) {
        CompanyData company = directory.hold(companyId).orElseThrow();
        Customer pushed = operation.customer;
        if (!operation.create && !operation.forceUpdate && pushed.sourceModifiedDate() != null) {
            Instant inPlatform = company.customer(pushed.id()).map(Customer::sourceModifiedDate).orElse(null);
            if (inPlatform != null && !inPlatform.equals(pushed.sourceModifiedDate())) {
                return new Plan(PushOperationStatus.Failed, "The customer was modified in the accounting platform"
                        + " since it was read: pull it again, or push with forceUpdate=true.",
                        List.of(new ValidationItem("sourceModifiedDate", "sourceModifiedDate "
                                + pushed.sourceModifiedDate() + " is not the platform's " + inPlatform + ".",
                                "ForceUpdate")));
            }
        }
        Instant at = operation.due;
        List<Contact> contacts = pushed.contacts().stream()
                .map(c -> c.modifiedDate() != null ? c
                        : new Contact(c.name(), c.email(), c.phone(), c.address(), c.status(), at))
                .toList();
        company.put(new Customer(pushed.id(), pushed.customerName(), pushed.contactName(), pushed.emailAddress(),
                pushed.defaultCurrency(), pushed.phone(), pushed.addresses(), contacts, pushed.registrationNumber(),
                pushed.taxNumber(), pushed.status(), pushed.metadata(), pushed.supplementalData(), at, at));
        operation.changes = List.of(new PushChange(operation.create ? "Created" : "Modified",
                new PushChange.RecordRef(pushed.id(), DATA_TYPE), null));
        return new Plan(PushOperationStatus.Success, null, List.of());
    }

    private void complete(Operation operation, Instant at, Plan plan) {
        operation.status = plan.status();
        operation.completedOn = at;
        operation.errorMessage = plan.errorMessage();
        operation.errors = plan.errors();
        operation.statusCode = switch (plan.status()) {
            case Success -> 200;
            case Failed -> 400;
            case TimedOut -> 504;
            case Pending -> 202;
        };
        metrics.pushCompleted(plan.status().name());
    }

    /**
     * Completes a pending operation of the company now, by the sandbox clock, with {@code outcome} instead of what it
     * would have done (operations due before now complete first, as they would on any request). A {@code Success}
     * writes the customer as a success at the due time would. Answers the operation; empty when the company has no
     * operation with that key; a 409 when the operation is no longer {@code Pending}.
     */
    public Optional<PushOperation> settleNow(String companyIdAsGiven, String pushOperationKey,
                                             ScriptedOutcome outcome) {
        String companyId = platform.require(companyIdAsGiven).id();
        Ledger ledger = ledgers.get(companyId);
        if (ledger == null) {
            return Optional.empty();
        }
        synchronized (ledger) {
            settle(ledger, companyId);
            Operation operation = ledger.byKey.get(pushOperationKey);
            if (operation == null) {
                return Optional.empty();
            }
            if (operation.status != PushOperationStatus.Pending) {
                throw new CodatApiException(409, "Push operation '" + pushOperationKey + "' is already "
                        + operation.status + "; only a Pending one can be settled.");
            }
            Instant now = clock.now();
            operation.due = now.isBefore(operation.requestedOn) ? operation.requestedOn : now;
            ledger.pending.remove(operation);
            ledger.hasPending = !ledger.pending.isEmpty();
            Plan plan = plan(outcome, operation);
            if (plan.status() == PushOperationStatus.Success) {
                plan = apply(companyId, operation);
            }
            complete(operation, operation.due, plan);
            return Optional.of(operation.view());
        }
    }

    /** The company's push operations in request order, due ones completed first. */
    public List<PushOperation> operations(String companyIdAsGiven) {
        String companyId = platform.require(companyIdAsGiven).id();
        Ledger ledger = ledgers.get(companyId);
        if (ledger == null) {
            return List.of();
        }
        synchronized (ledger) {
            settle(ledger, companyId);
            return ledger.operations.stream().map(Operation::view).toList();
        }
    }

    /** One push operation of the company, due ones completed first. */
    public Optional<PushOperation> operation(String companyIdAsGiven, String pushOperationKey) {
        String companyId = platform.require(companyIdAsGiven).id();
        Ledger ledger = ledgers.get(companyId);
        if (ledger == null) {
            return Optional.empty();
        }
        synchronized (ledger) {
            settle(ledger, companyId);
            return Optional.ofNullable(ledger.byKey.get(pushOperationKey)).map(Operation::view);
        }
    }

    /** Appends outcomes for the company's next valid push operations; answers all that are waiting. */
    public List<ScriptedOutcome> script(String companyIdAsGiven, List<ScriptedOutcome> outcomes) {
        String companyId = platform.require(companyIdAsGiven).id();
        outcomes.forEach(ScriptedOutcome::checked);
        Ledger ledger = ledger(companyId);
        synchronized (ledger) {
            ledger.script.addAll(outcomes);
            return List.copyOf(ledger.script);
        }
    }

    /** The scripted outcomes still waiting for the company's next push operations. */
    public List<ScriptedOutcome> scripted(String companyIdAsGiven) {
        Ledger ledger = ledgers.get(platform.require(companyIdAsGiven).id());
        if (ledger == null) {
            return List.of();
        }
        synchronized (ledger) {
            return List.copyOf(ledger.script);
        }
    }

    /** Drops the scripted outcomes waiting for the company. */
    public void clearScript(String companyIdAsGiven) {
        Ledger ledger = ledgers.get(platform.require(companyIdAsGiven).id());
        if (ledger != null) {
            synchronized (ledger) {
                ledger.script.clear();
            }
        }
    }

    /** Drops every push operation, scripted outcome and pushed customer. */
    void onReset(@Observes SandboxReset reset) {
        for (Map.Entry<String, Ledger> entry : ledgers.entrySet()) {
            synchronized (entry.getValue()) {
                directory.find(entry.getKey()).ifPresent(CompanyData::reset);
            }
        }
        ledgers.clear();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw CustomerPushModel.notACustomer("the body is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CodatApiException(400, "Request body is not valid JSON.");
        }
    }

    private Customer toCustomer(JsonNode node) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        try {
            return customerReader.readValue(copy);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw CustomerPushModel.notACustomer("'" + path + "' has a value that is not valid");
        } catch (java.io.IOException e) {
            throw CustomerPushModel.notACustomer("it cannot be read");
        }
    }

    private static Customer withId(Customer customer, String id) {
        return new Customer(id, customer.customerName(), customer.contactName(), customer.emailAddress(),
                customer.defaultCurrency(), customer.phone(), customer.addresses(), customer.contacts(),
                customer.registrationNumber(), customer.taxNumber(), customer.status(), customer.metadata(),
                customer.supplementalData(), customer.modifiedDate(), customer.sourceModifiedDate());
    }
}
