package dev.codatsandbox.webhooks;

import java.time.Instant;

/** Which delivery attempts a list or count asks for; each null criterion matches every attempt. */
public record DeliveryQuery(String eventType, String eventId, String consumer, Integer status, Integer attempt,
        String fault, Instant since) {

    boolean matches(DeliveryAttempt entry) {
        return (eventType == null || eventType.equals(entry.eventType()))
                && (eventId == null || eventId.equalsIgnoreCase(entry.eventId()))
                && (consumer == null || consumer.equalsIgnoreCase(entry.consumer()))
                && (status == null || status.equals(entry.status()))
                && (attempt == null || attempt == entry.attempt())
                && (fault == null || fault.equals(entry.fault()) || fault.equals(entry.faultType()))
                && (since == null || !entry.time().isBefore(since));
    }
}
