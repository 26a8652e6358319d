package dev.codatsandbox.webhooks;

import dev.codatsandbox.clock.SandboxClock;
import dev.codatsandbox.config.SandboxConfig;
import dev.codatsandbox.faults.DataReady;
import dev.codatsandbox.faults.RateLimitEvent;
import dev.codatsandbox.lifecycle.SandboxReset;
import dev.codatsandbox.model.CompanyReference;
import dev.codatsandbox.platform.Company;
import dev.codatsandbox.platform.CompanyCreated;
import dev.codatsandbox.platform.DataStatus;
import dev.codatsandbox.platform.DerivedIds;
import dev.codatsandbox.platform.Platform;
import dev.codatsandbox.push.PushOperation;
import dev.codatsandbox.push.PushOperationCompleted;
import dev.codatsandbox.push.PushOperationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns what happens in the sandbox into Codat's webhook events, and hands each to {@link WebhookDelivery}: a push
 * operation completed ({@code customers.write.successful}, or {@code .unsuccessful} when it failed or timed out), a
 * company made by {@code POST /companies} ({@code company.created}), a company whose data was not ready becoming
 * ready ({@code read.completed}), a rate limit reached and reset ({@code client.rateLimit.*}). It observes the CDI
 * events those capabilities fire, so none of them depends on webhooks.
 *
 * <p>An event's id is made from the seed and its number (events are numbered from 0 in the order they happen, again
 * from 0 after a reset); its {@code generatedDate} is the sandbox clock's time of what it tells (a push operation's
 * completion, a company's creation), so with the clock frozen the same calls give the same bodies.
 */
@ApplicationScoped
public class WebhookEvents {

    private static final Logger LOG = Logger.getLogger(WebhookEvents.class);

    private final WebhookDelivery delivery;
    private final Platform platform;
    private final SandboxClock clock;
    private final DerivedIds ids;
    private final AtomicLong numbered = new AtomicLong();

    WebhookEvents(WebhookDelivery delivery, Platform platform, SandboxClock clock, SandboxConfig config) {
        this.delivery = delivery;
        this.platform = platform;
        this.clock = clock;
        this.ids = new DerivedIds(config.seed());
    }

    void onPushCompleted(@Observes PushOperationCompleted completed) {
        PushOperation operation = completed.operation();
        boolean success = operation.status() == PushOperationStatus.Success;
        publish(success ? WebhookEvent.CUSTOMERS_WRITE_SUCCESSFUL : WebhookEvent.CUSTOMERS_WRITE_UNSUCCESSFUL,
                operation.completedOnUtc(), operation.companyId(), () -> new EventPayloads.Write(
                        operation.pushOperationKey(), completed.create() ? "Create" : "Update",
                        reference(operation.companyId()), operation.dataConnectionKey(), operation.requestedOnUtc(),
                        operation.completedOnUtc(), operation.status().name(),
                        new EventPayloads.WrittenRecord(completed.customerId()), null));
    }

    void onCompanyCreated(@Observes CompanyCreated created) {
        Company company = created.company();
        publish(WebhookEvent.COMPANY_CREATED, company.created(), company.id(), () -> new EventPayloads.CompanyDetails(
                company.id(), company.name(), company.description(), company.redirect(), company.lastSync(),
                company.created(), company.createdByUserName(), company.products(), company.tags(),
                company.referenceParentCompany(), company.referenceSubsidiaryCompanies()));
    }

    void onDataReady(@Observes DataReady ready) {
        publish(WebhookEvent.READ_COMPLETED, clock.now(), ready.companyId(), () -> {
            DataStatus customers = platform.dataStatus(ready.companyId()).get("customers");
            String connectionId = platform.connection(platform.require(ready.companyId()).id()).id();
            return new EventPayloads.ReadCompleted(reference(ready.companyId()), customers.lastSuccessfulSync(),
                    List.of(new EventPayloads.DataTypeRead(connectionId, customers.dataType(), false,
                            customers.currentStatus(), List.of())));
        });
    }

    void onRateLimit(@Observes RateLimitEvent limit) {
        publish(limit.reached() ? WebhookEvent.RATE_LIMIT_REACHED : WebhookEvent.RATE_LIMIT_RESET, clock.now(),
                limit.companyId(), () -> new EventPayloads.RateLimit(limit.quota(), limit.remaining(),
                        limit.expiryDate()));
    }

    void onReset(@Observes SandboxReset reset) {
        numbered.set(0);
    }

    /** What an event's payload is made of, asked for only when the event is published. */
    private interface PayloadSource {
        Object payload();
    }

    private void publish(String eventType, Instant generated, String company, PayloadSource payload) {
        try {
            WebhookEvent event = new WebhookEvent(ids.webhookEvent(numbered.getAndIncrement()), eventType, generated,
                    payload.payload());
            delivery.publish(event, company, company == null ? Map.of() : platform.company(company).tags());
        } catch (RuntimeException e) {
            // what happened has happened; a webhook that cannot be made must not undo it
            LOG.warnf(e, "Webhook event %s about company %s was not sent", eventType, company);
        }
    }

    private CompanyReference reference(String companyId) {
        Company company = platform.company(companyId);
        return new CompanyReference(company.id(), company.name(), company.description(),
                new CompanyReference.Links(CompanyReference.portal(company.id())), company.tags());
    }
}
