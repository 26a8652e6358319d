package dev.codatsandbox.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words and templates generated customers are made of, per {@link Country}, read once from
 * {@code vocabulary.tsv} on the class path: datafaker's lists for the country's locale, exported by
 * {@code VocabularyExport} (in the tests, with datafaker), and the shapes of the country's phone numbers.
 *
 * <p>A list is compiled once into its choices; a draw picks a choice with one {@link Random#nextInt(int)} and
 * fills it in order: a reference {@code #{section.key}} draws from that list, {@code #} is a digit and {@code Ø} a
 * digit 1 to 9. A choice without any of them is returned as it is, and so is a choice that is one reference alone
 * (the draw is that list's), so most draws allocate nothing. Immutable and thread-safe; the {@link Random} is the
 * caller's.
 */
public final class Vocabulary {

    static final String RESOURCE = "vocabulary.tsv";
    static final String FIRST_NAME = "name.first_name";
    static final String LAST_NAME = "name.last_name";
    static final String PREFIX = "name.prefix";
    static final String COMPANY_NAME = "company.name";
    static final String STREET_ADDRESS = "address.street_address";
    static final String SECONDARY_ADDRESS = "address.secondary_address";
    static final String FIXED_LINE = "phone.fixed_line";
    static final String MOBILE = "phone.mobile";

    private final Map<Country, Words> byCountry;

    private Vocabulary(Map<Country, Words> byCountry) {
        this.byCountry = byCountry;
    }

    public static Vocabulary load() {
        return parse(ClassPathResources.lines(RESOURCE));
    }

    static Vocabulary parse(List<String> lines) {
        Map<Country, Map<String, String[]>> raw = new EnumMap<>(Country.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 3) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected country, key and choices");
            }
            raw.computeIfAbsent(Country.valueOf(fields[0]), c -> new HashMap<>())
                    .put(fields[1], Arrays.copyOfRange(fields, 2, fields.length));
        }
        Map<Country, Words> byCountry = new EnumMap<>(Country.class);
        for (Country country : Country.values()) {
            Map<String, String[]> lists = raw.get(country);
            if (lists == null) {
                throw new IllegalStateException(RESOURCE + " has no list for " + country);
            }
            byCountry.put(country, new Words(new Compiler(country, lists)));
        }
        return new Vocabulary(byCountry);
    }

    public Words of(Country country) {
        return byCountry.get(country);
    }

    /**
     * The list a datafaker reference names: {@code Name.last_name} and {@code Name.lastName} are
     * {@code name.last_name}; {@code suffix}, in section {@code company}, is {@code company.suffix}.
     */
    static String qualified(String section, String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? section + "." + snake(reference)
                : snake(reference.substring(0, dot)) + "." + snake(reference.substring(dot + 1));
    }

    private static String snake(String camel) {
        StringBuilder snake = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }

    /** One country's lists, by what a customer is made of. */
    public static final class Words {

        final Choices firstName;
        final Choices lastName;
        final Choices prefix;
        final Choices companyName;
        final Choices streetAddress;
        final Choices secondaryAddress;
        final Choices fixedLine;
        final Choices mobile;

        private Words(Compiler lists) {
            firstName = lists.compile(FIRST_NAME);
            lastName = lists.compile(LAST_NAME);
            prefix = lists.compile(PREFIX);
            companyName = lists.compile(COMPANY_NAME);
            streetAddress = lists.compile(STREET_ADDRESS);
            secondaryAddress = lists.compile(SECONDARY_ADDRESS);
            fixedLine = lists.compile(FIXED_LINE);
            mobile = lists.compile(MOBILE);
        }
    }

    /** A list's choices, each a literal or a sequence of parts. */
    static final class Choices {

        private final String key;
        /**
         * Per choice: a {@link String} when it needs no filling, the {@link Choices} it draws from when it is one
         * reference alone, else its {@code Object[]} of parts.
         */
        private Object[] choices;

        private Choices(String key) {
            this.key = key;
        }

        String draw(Random random) {
            return draw(random, new StringBuilder(32));
        }

        /**
         * {@link #draw(Random)}, filling a choice that needs it in {@code scratch} (emptied first) rather than in a
         * builder of its own: a caller that draws many keeps one.
         */
        String draw(Random random, StringBuilder scratch) {
            Object choice = pick(random);
            if (choice instanceof String literal) {
                return literal;
            }
            if (choice instanceof Choices list) {
                return list.draw(random, scratch);
            }
            scratch.setLength(0);
            fill((Object[]) choice, scratch, random);
            return scratch.toString();
        }

        private void appendTo(StringBuilder out, Random random) {
            Object choice = pick(random);
            if (choice instanceof String literal) {
                out.append(literal);
            } else if (choice instanceof Choices list) {
                list.appendTo(out, random);
            } else {
                fill((Object[]) choice, out, random);
            }
        }

        /** One of the choices; a list of one draws nothing from {@code random}. */
        private Object pick(Random random) {
            return choices.length == 1 ? choices[0] : choices[random.nextInt(choices.length)];
        }

        private static void fill(Object[] parts, StringBuilder out, Random random) {
            for (Object part : parts) {
                if (part instanceof String literal) {
                    out.append(literal);
                } else if (part instanceof Choices list) {
                    list.appendTo(out, random);
                } else if (part == Digit.ANY) {
                    out.append((char) ('0' + random.nextInt(10)));
                } else {
                    out.append((char) ('1' + random.nextInt(9)));
                }
            }
        }

        @Override
        public String toString() {
            return key;
        }
    }

    private enum Digit { ANY, NON_ZERO }

    /** Compiles one country's lists, each once, linking references to the lists they name. */
    private static final class Compiler {

        private final Country country;
        private final Map<String, String[]> raw;
        private final Map<String, Choices> compiled = new HashMap<>();

        Compiler(Country country, Map<String, String[]> raw) {
            this.country = country;
            this.raw = raw;
        }

        Choices compile(String key) {
            Choices done = compiled.get(key);
            if (done != null) {
                return done;
            }
            String[] texts = raw.get(key);
            if (texts == null) {
                throw new IllegalStateException(RESOURCE + " has no list " + key + " for " + country);
            }
            Choices choices = new Choices(key);
            compiled.put(key, choices);
            Object[] parsed = new Object[texts.length];
            for (int i = 0; i < texts.length; i++) {
                parsed[i] = parse(key, texts[i]);
            }
            choices.choices = parsed;
            return choices;
        }

        private Object parse(String key, String text) {
            List<Object> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '#' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    int end = text.indexOf('}', i);
                    if (end < 0) {
                        throw new IllegalStateException(RESOURCE + ": unclosed reference in " + key + " of " + country);
                    }
                    flush(literal, parts);
                    parts.add(compile(text.substring(i + 2, end)));
                    i = end;
                } else if (c == '#' || c == 'Ø') {
                    flush(literal, parts);
                    parts.add(c == '#' ? Digit.ANY : Digit.NON_ZERO);
                } else {
                    literal.append(c);
                }
            }
            flush(literal, parts);
            return parts.size() == 1 && (parts.get(0) instanceof String || parts.get(0) instanceof Choices)
                    ? parts.get(0) : parts.toArray();
        }

        private static void flush(StringBuilder literal, List<Object> parts) {
            if (!literal.isEmpty()) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
        }
    }
}
