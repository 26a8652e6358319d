package dev.codatsandbox.faults;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
    PLATFORM("platform"),
    OTHER("other"),
    ANY("any");

    private static final String SEGMENT = "[^/]+";
    private static final Pattern CUSTOMERS = Pattern.compile("/companies/" + SEGMENT + "/data/customers");
    private static final Pattern CUSTOMER = Pattern.compile("/companies/" + SEGMENT + "/data/customers/" + SEGMENT);
    private static final Pattern PUSH_CUSTOMERS =
            Pattern.compile("/companies/" + SEGMENT + "/connections/" + SEGMENT + "/push/customers");
    private static final Pattern PUSH_CUSTOMER =
            Pattern.compile("/companies/" + SEGMENT + "/connections/" + SEGMENT + "/push/customers/" + SEGMENT);
    private static final Pattern PUSH = Pattern.compile("/companies/" + SEGMENT + "/push(/" + SEGMENT + ")?");
    private static final Pattern PLATFORM_PATHS = Pattern.compile(
            "/companies(/" + SEGMENT + "(/connections(/" + SEGMENT + ")?|/dataStatus)?)?");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The operation of a request with this method and (normalised) path; never {@link #ANY}. */
    public static Operation of(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") && CUSTOMERS.matcher(p).matches()) {
            return LIST;
        }
        if (m.equals("GET") && CUSTOMER.matcher(p).matches()) {
            return GET;
        }
        if (m.equals("POST") && PUSH_CUSTOMERS.matcher(p).matches()) {
            return PUSH_CREATE;
        }
        if (m.equals("PUT") && PUSH_CUSTOMER.matcher(p).matches()) {
            return PUSH_UPDATE;
        }
        if (m.equals("GET") && PUSH.matcher(p).matches()) {
            return PUSH_POLL;
        }
        if (PLATFORM_PATHS.matcher(p).matches()) {
            return PLATFORM;
        }
        return OTHER;
    }

    public static Optional<Operation> named(String wireName) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(wireName)).findFirst();
    }

    /** The wire names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Operation::wireName).toList());
    }
}
