package dev.codatsandbox.edge;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;

/**
 * The HTTP server's size limits as configured ({@code quarkus.http.limits.*}), read for the messages that name them
 * and for the body-size check made before a body is read.
 */
record EdgeLimits(int maxRequestLineBytes, long maxHeaderBytes, long maxBodyBytes) {

    static final String REQUEST_LINE_KEY = "quarkus.http.limits.max-initial-line-length";
    static final String HEADERS_KEY = "quarkus.http.limits.max-header-size";
    static final String BODY_KEY = "quarkus.http.limits.max-body-size";

    /** The limits of the running server; Quarkus' own defaults where a key is unset. */
    static EdgeLimits current() {
        Config config = ConfigProvider.getConfig();
        return new EdgeLimits(
                (int) bytes(config, REQUEST_LINE_KEY, "4096"),
                bytes(config, HEADERS_KEY, "20K"),
                bytes(config, BODY_KEY, "10240K"));
    }

    private static long bytes(Config config, String key, String fallback) {
        return parse(config.getOptionalValue(key, String.class).orElse(fallback));
    }

    /**
     * A size in Quarkus' memory-size syntax: a whole number of bytes, or with a suffix K, M, G or T (powers of
     * 1024).
     */
    static long parse(String size) {
        String text = size.trim().toUpperCase(Locale.ROOT);
        if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        long unit = 1;
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        switch (last) {
            case 'K' -> unit = 1L << 10;
            case 'M' -> unit = 1L << 20;
            case 'G' -> unit = 1L << 30;
            case 'T' -> unit = 1L << 40;
            default -> unit = 1;
        }
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        return Long.parseLong(digits.trim()) * unit;
    }
}
