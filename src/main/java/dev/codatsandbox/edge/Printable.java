package dev.codatsandbox.edge;

/**
 * Caller input made safe to quote in an error message: control characters become {@code ?} and long input is cut,
 * so that an answer (and a log line) stays short and one line whatever the caller sent.
 */
final class Printable {

    static final int MAX_QUOTED = 100;

    private Printable() {
    }

    static String of(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(Math.min(input.length(), MAX_QUOTED + 3));
        for (int i = 0; i < input.length() && i < MAX_QUOTED; i++) {
            char c = input.charAt(i);
            text.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (input.length() > MAX_QUOTED) {
            text.append("...");
        }
        return text.toString();
    }
}
