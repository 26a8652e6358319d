package dev.codatsandbox.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which journal entries to read or count: every filter the sandbox takes ({@code company}, {@code operation},
 * {@code method}, {@code status}, {@code page}, {@code path}, {@code fault}, {@code since}), each absent one matching
 * anything. A value: {@code JournalQuery.all().operation(Operation.LIST).page(3)}.
 */
public record JournalQuery(String company, Operation operation, String method, Integer status, Integer page,
        String path, String fault, Instant since) {

    /** Every entry. */
    public static JournalQuery all() {
        return new JournalQuery(null, null, null, null, null, null, null, null);
    }

    /** Requests about this company. */
    public JournalQuery company(String company) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** Requests of this operation. */
    public JournalQuery operation(Operation operation) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** Requests with this HTTP method. */
    public JournalQuery method(String method) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** Requests answered with this status. */
    public JournalQuery status(int status) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** List requests for this page (1 when a request names none). */
    public JournalQuery page(int page) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** Requests for this path. */
    public JournalQuery path(String path) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** Requests on which this rule fired ({@code header} for the {@code Sandbox-Fault} header). */
    public JournalQuery fault(String fault) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    /** Requests recorded at or after this instant. */
    public JournalQuery since(Instant since) {
        return new JournalQuery(company, operation, method, status, page, path, fault, since);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("company", company);
        parameters.put("operation", operation == null ? null : operation.wire());
        parameters.put("method", method);
        parameters.put("status", status);
        parameters.put("page", page);
        parameters.put("path", path);
        parameters.put("fault", fault);
        parameters.put("since", since);
        return parameters;
    }

    /** The query in words, for assertion messages: {@code list requests for page 3 of company acme}. */
    public String describe() {
        List<String> words = new ArrayList<>();
        words.add((method == null ? "" : method + " ") + (operation == null ? "" : operation.wire() + " ")
                + "requests");
        if (path != null) {
            words.add("to " + path);
        }
        if (page != null) {
            words.add("for page " + page);
        }
        if (company != null) {
            words.add("of company " + company);
        }
        if (status != null) {
            words.add("answered " + status);
        }
        if (fault != null) {
            words.add("faulted by " + fault);
        }
        if (since != null) {
            words.add("since " + since);
        }
        return String.join(" ", words);
    }
}
