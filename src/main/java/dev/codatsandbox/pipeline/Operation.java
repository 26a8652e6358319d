package dev.codatsandbox.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request does, told from its method and path, so that rules and the journal can name operations whatever
 * resource serves them (push and platform endpoints included, whoever implements them). {@link #ANY} is a scope
 * only; {@link #OTHER} is any request none of the patterns describes.
 */
public enum Operation {
    LIST("list"),
    GET("get"),
    PUSH_CREATE("push-create"),
    PUSH_UPDATE("push-update"),
    PUSH_POLL("push-poll"),
    ATTACHMENT_LIST("attachment-list"),
    ATTACHMENT_GET("attachment-get"),
    ATTACHMENT_DOWNLOAD("attachment-download"),
    PLATFORM("platform"),
    OTHER("other"),
    ANY("any");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * The operation of a request with this method and (normalised) path; never {@link #ANY}. The path is read segment
     * by segment (a trailing '/' aside, every segment must be non-empty), as every request asks it.
     */
    public static Operation of(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!p.startsWith("/companies")) {
            return OTHER;
        }
        String[] s = p.substring(1).split("/", -1);
        for (String segment : s) {
            if (segment.isEmpty()) {
                return OTHER;
            }
        }
        if (!s[0].equals("companies")) {
            return OTHER;
        }
        String m = method.toUpperCase(Locale.ROOT);
        boolean get = m.equals("GET");
        if (get && s.length == 4 && s[2].equals("data") && s[3].equals("customers")) {
            return LIST;
        }
        if (get && s.length == 5 && s[2].equals("data") && s[3].equals("customers")) {
            return GET;
        }
        boolean attachments = s.length >= 8 && s[2].equals("connections") && s[4].equals("data")
                && s[5].equals("customers") && s[7].equals("attachments");
        if (get && attachments && s.length <= 10) {
            return s.length == 8 ? ATTACHMENT_LIST : s.length == 9 ? ATTACHMENT_GET
                    : s[9].equals("download") ? ATTACHMENT_DOWNLOAD : OTHER;
        }
        boolean pushCustomers = s.length >= 6 && s[2].equals("connections") && s[4].equals("push")
                && s[5].equals("customers");
        if (m.equals("POST") && s.length == 6 && pushCustomers) {
            return PUSH_CREATE;
        }
        if (m.equals("PUT") && s.length == 7 && pushCustomers) {
            return PUSH_UPDATE;
        }
        if (get && (s.length == 3 || s.length == 4) && s[2].equals("push")) {
            return PUSH_POLL;
        }
        boolean platform = s.length <= 2 || s.length == 3 && (s[2].equals("connections") || s[2].equals("dataStatus"))
                || s.length == 4 && s[2].equals("connections");
        return platform ? PLATFORM : OTHER;
    }

    public static Optional<Operation> named(String wireName) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(wireName)).findFirst();
    }

    /** The wire names but that of {@code left}, comma-separated, for messages. */
    public static String namesBut(Operation left) {
        return String.join(", ", Arrays.stream(values()).filter(o -> o != left).map(Operation::wireName).toList());
    }

    /** The wire names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Operation::wireName).toList());
    }
}
