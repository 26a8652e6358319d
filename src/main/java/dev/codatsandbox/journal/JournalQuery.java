package dev.codatsandbox.journal;

import java.time.Instant;

/** Which journal entries a list or count asks for; each null criterion matches every entry. */
public record JournalQuery(String company, String operation, String method, Integer status, Integer page,
        Instant since, String path, String fault) {

    boolean matches(JournalEntry entry) {
        return (company == null || company.equalsIgnoreCase(entry.company()))
                && (operation == null || operation.equals(entry.operation()))
                && (method == null || method.equalsIgnoreCase(entry.method()))
                && (status == null || status.equals(entry.status()))
                && (page == null || page.equals(entry.page()))
                && (since == null || !entry.time().isBefore(since))
                && (path == null || path.equals(entry.path()))
                && (fault == null || fault.equals(entry.fault()));
    }
}
