package dev.codatsandbox.testing;

import dev.codatsandbox.errors.CodatApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated input for the parsers written here: valid examples mutated (characters inserted, deleted, duplicated,
 * swapped or replaced, pieces repeated, cut short), strings of random characters and random Unicode (lone
 * surrogates, supplementary characters, controls), the grammar's own tokens in random order, huge numbers, deep
 * nesting, empty and blank text, and random JSON built from a parser's own field names.
 *
 * <p>Every draw comes from one seeded {@link Random}, so a run is reproducible: the seed is fixed ({@link #SEED}),
 * and {@code -Dodd-inputs.seed=N} tries another sequence; a failure prints the seed and the exact inputs that
 * failed. {@link #check} is the property every parser must keep: it returns, or throws Codat's 4xx
 * ({@link CodatApiException}) with a message; any other exception, or a 5xx, is a bug, and all of them are listed
 * at once rather than the first only, so one run shows every kind of failure.
 */
public final class OddInputs {

    /** The seed of every generator, unless {@code -Dodd-inputs.seed} says otherwise. */
    public static final long SEED = Long.getLong("odd-inputs.seed", 20_261_203L);

    /** Pieces that mean something to one parser or another, and classic troublemakers. */
    private static final List<String> TROUBLE = List.of(";", ";;;", ",", ",,", "=", "==", "q=", "q=0", "q=1",
            "q=-1", "q=1.5", "q=abc", "q=", "*", "*/*", "/", "//", "application/json", "text/*", "\"", "\"\"", "\\",
            "&&", "||", "&", "|", "{", "}", "{{", "}}", "[", "]", "(", ")", "!", "!=", "~", ">", "<", ">=", "<=", ".",
            "..", "-", "+", "%", "%%", "%2", "%25", "%3D", "%26%26", "%7D", "%C3", "%FF", "%00", " ", "  ", "\t",
            "\r", "\n", "\u0000", "\u007f", "\u00a0", "\u2028", "\ufeff", "é", "ß", "日本", "\uD83D\uDE00", "\uD800",
            "\uDC00", "null", "true", "false", "NaN", "Infinity", "-0", "0", "00", "1", "-1", "1.5", "1e3", "1e999",
            "-1e-999", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "99999999999999999999999999999999", "0x10", "1_000", "١٢٣", "status", "type", "id", "'", "`", "$", "#",
            "?", ":", "@");

    private final Random random;
    private final List<String> examples;
    private final List<String> ownTokens;
    private final List<String> tokens;
    private final int maxLength;

    private OddInputs(long seed, List<String> examples, List<String> ownTokens, int maxLength) {
        this.random = new Random(seed);
        this.examples = List.copyOf(examples);
        this.ownTokens = List.copyOf(ownTokens);
        List<String> all = new ArrayList<>(TROUBLE);
        all.addAll(ownTokens);
        this.tokens = List.copyOf(all);
        this.maxLength = maxLength;
    }

    /**
     * A generator around the given valid examples and the grammar's own tokens (names, operators, keywords),
     * drawing from {@link #SEED} mixed with {@code salt}, so that each property has a sequence of its own.
     */
    public static OddInputs around(long salt, List<String> examples, List<String> tokens) {
        return new OddInputs(SEED * 31 + salt, examples, tokens, 4_000);
    }

    /**
     * The same examples and tokens, with inputs cut at {@code length} characters rather than 4,000 (shorter for an
     * HTTP header or URL, longer for whole files).
     */
    public OddInputs atMost(int length) {
        return new OddInputs(random.nextLong(), examples, ownTokens, length);
    }

    /** {@code count} inputs: a few fixed extremes first, then a mix of every kind of draw. */
    public List<String> draw(int count) {
        List<String> inputs = new ArrayList<>(count);
        inputs.addAll(List.of("", " ", "\t", ";", ";;;", ",", "=", "\u0000"));
        inputs.addAll(examples);
        while (inputs.size() < count) {
            inputs.add(cut(next()));
        }
        return inputs.subList(0, count);
    }

    /** One input, of a kind drawn at random. */
    public String next() {
        int kind = random.nextInt(100);
        if (kind < 45) {
            return mutate(example(), 1 + random.nextInt(4));
        }
        if (kind < 55) {
            return example() + joiner() + mutate(example(), random.nextInt(3));
        }
        if (kind < 68) {
            return tokens(1 + random.nextInt(12));
        }
        if (kind < 80) {
            return randomText(random.nextInt(40));
        }
        if (kind < 86) {
            return nested();
        }
        if (kind < 92) {
            return repeated();
        }
        return mutate(example(), 5 + random.nextInt(20));
    }

    /**
     * Random JSON text: objects whose keys come from {@code keys} (and now and then an unknown one), whose values
     * are numbers of every size, strings from {@code words} or random text, booleans, null, arrays and objects,
     * up to {@code depth} levels deep; a tenth of them then mutated as text.
     */
    public String json(List<String> keys, List<String> words, int depth) {
        return json(keys, words, depth, true);
    }

    /** The same, any JSON value rather than an object when {@code object} is false. */
    public String json(List<String> keys, List<String> words, int depth, boolean object) {
        String json = jsonValue(keys, words, depth, object);
        return random.nextInt(10) == 0 ? mutate(json, 1 + random.nextInt(3)) : json;
    }

    private String jsonValue(List<String> keys, List<String> words, int depth, boolean object) {
        int kind = object ? 0 : random.nextInt(depth > 0 ? 10 : 7);
        switch (kind) {
            case 1:
                return pick(List.of("0", "1", "-1", "3", "503", "1.5", "-0.0", "1e3", "1e400", "-1e-400",
                        "2147483648", "9223372036854775808", "123456789012345678901234567890", "0.999999999999"));
            case 2:
                return quoted(random.nextBoolean() ? pick(words) : randomText(random.nextInt(12)));
            case 3:
                return pick(List.of("true", "false", "null"));
            case 4:
                return String.valueOf(random.nextInt(2000) - 500);
            case 5:
                return quoted(pick(words));
            case 6:
                return "\"\"";
            case 7:
            case 8: {
                StringBuilder array = new StringBuilder("[");
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.append(i > 0 ? "," : "").append(jsonValue(keys, words, depth - 1, random.nextInt(3) == 0));
                }
                return array.append(']').toString();
            }
            default: {
                StringBuilder members = new StringBuilder("{");
                int size = random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    String key = random.nextInt(12) == 0 ? randomText(1 + random.nextInt(6)) : pick(keys);
                    members.append(i > 0 ? "," : "").append(quoted(key)).append(':')
                            .append(jsonValue(keys, words, depth - 1, false));
                }
                return members.append('}').toString();
            }
        }
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private String example() {
        return examples.isEmpty() ? "" : pick(examples);
    }

    private String mutate(String text, int times) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < times; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(9)) {
                case 0 -> s.insert(at, randomChar());
                case 1 -> s.insert(at, pick(tokens));
                case 2 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 3 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(6));
                    s.insert(at, s.substring(at, end));
                }
                case 4 -> {
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                }
                case 5 -> {
                    if (at < s.length()) {
                        s.replace(at, at + 1, randomChar());
                    }
                }
                case 6 -> s.setLength(at);
                case 7 -> {
                    int end = Math.min(s.length(), at + random.nextInt(8));
                    s.replace(at, end, pick(tokens));
                }
                default -> s.insert(at, pick(List.of("99999999999999999999", "-2147483649", "1e999", "0.0000001",
                        "" + random.nextLong(), "" + random.nextDouble())));
            }
        }
        return s.toString();
    }

    private String tokens(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(pick(tokens));
            if (random.nextInt(3) == 0) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    private String randomText(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(randomChar());
        }
        return s.toString();
    }

    /** ASCII most of the time; else controls, Latin-1, any BMP character (lone surrogates included) or beyond. */
    private String randomChar() {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return String.valueOf((char) (0x20 + random.nextInt(0x5f)));
        }
        if (kind == 6) {
            return String.valueOf((char) random.nextInt(0x20));
        }
        if (kind == 7) {
            return String.valueOf((char) (0x80 + random.nextInt(0x80)));
        }
        if (kind == 8) {
            return String.valueOf((char) random.nextInt(0x10000));
        }
        return new String(Character.toChars(0x10000 + random.nextInt(0x100000)));
    }

    private String nested() {
        int depth = pick(List.of(2, 10, 100, 1000, 3000));
        String[] pair = pick(List.of(new String[] {"{", "}"}, new String[] {"[", "]"}, new String[] {"(", ")"},
                new String[] {"\"", "\""}, new String[] {"{", ""}, new String[] {"", "}"}));
        String inner = random.nextBoolean() ? example() : "";
        return pair[0].repeat(depth) + inner + pair[1].repeat(random.nextBoolean() ? depth : depth / 2);
    }

    private String repeated() {
        String piece = random.nextBoolean() ? example() : pick(tokens);
        return (piece + joiner()).repeat(1 + random.nextInt(random.nextBoolean() ? 5 : 600));
    }

    private String joiner() {
        return pick(List.of(",", ";", " && ", "||", " ", "", "&", "\n"));
    }

    private String cut(String text) {
        if (text.length() <= maxLength) {
            return text;
        }
        String cut = text.substring(0, maxLength);
        return Character.isHighSurrogate(cut.charAt(cut.length() - 1)) && random.nextBoolean()
                ? cut.substring(0, cut.length() - 1) : cut;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * The property every parser keeps: for each input, {@code parser} returns, or throws a 4xx
     * {@link CodatApiException} whose message is not blank. Anything else fails the test, naming every kind of
     * failure (exception class and where it was thrown) with the shortest input that caused it, and the seed.
     */
    public static void check(String parserName, List<String> inputs, Consumer<String> parser) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (String input : inputs) {
            String failure = failure(input, parser);
            if (failure != null) {
                failures.merge(failure, input, (first, next) -> next.length() < first.length() ? next : first);
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder report = new StringBuilder(parserName + " failed on " + failures.size()
                    + " kind(s) of input (seed " + SEED + "):");
            failures.forEach((failure, input) -> report.append("\n  ").append(failure).append(" on ")
                    .append(escaped(input.length() > 300 ? input.substring(0, 300) + "..." : input)));
            fail(report.toString());
        }
    }

    private static String failure(String input, Consumer<String> parser) {
        try {
            parser.accept(input);
            return null;
        } catch (CodatApiException e) {
            if (e.status() < 400 || e.status() > 499) {
                return "status " + e.status() + " (" + e.getMessage() + ")";
            }
            return e.getMessage() == null || e.getMessage().isBlank() ? "a CodatApiException without a message" : null;
        } catch (Throwable e) {
            StackTraceElement[] trace = e.getStackTrace();
            return e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
        }
    }

    /** The input as a Java string literal, so that a failure can be pasted into an example test. */
    public static String escaped(String input) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : input.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        return s.append('"').toString();
    }
}
