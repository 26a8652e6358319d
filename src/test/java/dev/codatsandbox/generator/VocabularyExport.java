package dev.codatsandbox.generator;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import net.datafaker.Faker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code src/main/resources/vocabulary.tsv}, the words and templates generated customers are made of, from
 * datafaker's data for each {@link Country}'s locale: the lists behind first and last names, name prefixes, company
 * names, street addresses and secondary addresses (with every list their templates refer to), and the shapes of
 * the country's fixed-line and mobile numbers, taken from numbers datafaker makes valid with libphonenumber.
 *
 * <p>Run it after changing the datafaker version or a key: {@code ./mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.codatsandbox.generator.VocabularyExport}; {@code VocabularyTest}
 * fails while the committed file differs from what this writes.
 */
public final class VocabularyExport {

    static final Path FILE = Path.of("src/main/resources", Vocabulary.RESOURCE);
    /** The lists a customer draws from directly; the lists their templates refer to follow. */
    static final List<String> ROOTS = List.of(Vocabulary.FIRST_NAME, Vocabulary.LAST_NAME, Vocabulary.PREFIX,
            Vocabulary.COMPANY_NAME, Vocabulary.STREET_ADDRESS, Vocabulary.SECONDARY_ADDRESS);
    /** Numbers drawn per country and type to collect the shapes of its numbers. */
    static final int PHONE_DRAWS = 400;
    /** Fillings of a phone number shape that must all be valid for the shape to be kept. */
    static final int SHAPE_CHECKS = 50;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private static final Pattern REFERENCE = Pattern.compile("#\\{([^}]*)}");
    private static final Pattern PLAIN_REFERENCE = Pattern.compile("(?:[A-Z][A-Za-z]*\\.)?[a-z][A-Za-z_]*");

    private VocabularyExport() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, export(), StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE);
    }

    static String export() {
        StringBuilder out = new StringBuilder();
        out.append("# The words and templates generated customers are made of, one list per line: country, key, then the\n")
                .append("# choices, tab-separated. Written by VocabularyExport (src/test) from datafaker ")
                .append(Faker.class.getPackage().getImplementationVersion() == null ? "" : Faker.class.getPackage()
                        .getImplementationVersion() + " ").append("data; do not edit by hand.\n")
                .append("# In a choice, #{section.key} is a choice of that list, # a digit, Ø a digit 1 to 9.\n");
        for (Country country : Country.values()) {
            Faker faker = new Faker(country.locale(), new Random(1));
            for (Map.Entry<String, List<String>> list : lists(faker).entrySet()) {
                line(out, country, list.getKey(), list.getValue());
            }
            line(out, country, Vocabulary.FIXED_LINE, shapes(country, PhoneNumberType.FIXED_LINE,
                    () -> faker.phoneNumber().phoneNumber()));
            line(out, country, Vocabulary.MOBILE, shapes(country, PhoneNumberType.MOBILE,
                    () -> faker.phoneNumber().cellPhone()));
        }
        return out.toString();
    }

    /** The root lists and every list their templates reach, in the order first reached. */
    private static Map<String, List<String>> lists(Faker faker) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(ROOTS);
        while (!pending.isEmpty()) {
            String key = pending.removeFirst();
            if (lists.containsKey(key)) {
                continue;
            }
            List<String> choices = choices(faker, key);
            lists.put(key, choices);
            String section = key.substring(0, key.indexOf('.'));
            for (String choice : choices) {
                Matcher reference = REFERENCE.matcher(choice);
                while (reference.find()) {
                    pending.addLast(Vocabulary.qualified(section, reference.group(1)));
                }
            }
        }
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            List<String> rewritten = new ArrayList<>();
            String section = list.getKey().substring(0, list.getKey().indexOf('.'));
            for (String choice : list.getValue()) {
                rewritten.add(REFERENCE.matcher(choice).replaceAll(
                        m -> Matcher.quoteReplacement("#{" + Vocabulary.qualified(section, m.group(1)) + "}")));
            }
            list.setValue(rewritten);
        }
        return lists;
    }

    private static List<String> choices(Faker faker, String key) {
        Object value = faker.fakeValuesService().fetchObject(key, faker.getContext());
        List<String> choices = new ArrayList<>();
        if (value instanceof String single) {
            choices.add(single);
        } else if (value instanceof List<?> many) {
            for (Object choice : many) {
                if (!(choice instanceof String text)) {
                    throw new IllegalStateException(key + " holds a " + choice.getClass().getSimpleName() + ", not text");
                }
                choices.add(text);
            }
        } else {
            throw new IllegalStateException("datafaker has no list " + key + " for " + faker.getContext().getLocale());
        }
        for (String choice : choices) {
            Matcher reference = REFERENCE.matcher(choice);
            while (reference.find()) {
                if (!PLAIN_REFERENCE.matcher(reference.group(1)).matches()) {
                    throw new IllegalStateException(key + ": expression " + reference.group() + " is not a plain list");
                }
            }
        }
        return choices;
    }

    /**
     * The shapes of the numbers {@code draw} makes: each number with its last four digits turned into {@code #},
     * distinct and sorted. Those digits are the subscriber's part almost everywhere, so filling them keeps the
     * number's area code and length, which libphonenumber's validity depends on; a shape is kept only if every one of
     * {@link #SHAPE_CHECKS} fillings of it is a valid number of the country and type.
     */
    private static List<String> shapes(Country country, PhoneNumberType type, Supplier<String> draw) {
        TreeSet<String> shapes = new TreeSet<>();
        for (int i = 0; i < PHONE_DRAWS; i++) {
            char[] number = draw.get().toCharArray();
            int hidden = 0;
            for (int c = number.length - 1; c >= 0 && hidden < 4; c--) {
                if (Character.isDigit(number[c])) {
                    number[c] = '#';
                    hidden++;
                }
            }
            String shape = new String(number);
            if (alwaysValid(shape, country, type)) {
                shapes.add(shape);
            }
        }
        return List.copyOf(shapes);
    }

    private static boolean alwaysValid(String shape, Country country, PhoneNumberType type) {
        Random digits = new Random(shape.hashCode());
        for (int i = 0; i < SHAPE_CHECKS; i++) {
            StringBuilder number = new StringBuilder(shape.length());
            for (char c : shape.toCharArray()) {
                number.append(c == '#' ? (char) ('0' + digits.nextInt(10)) : c);
            }
            try {
                Phonenumber.PhoneNumber parsed = PHONES.parse(number.toString(), country.name());
                PhoneNumberType found = PHONES.getNumberType(parsed);
                if (!PHONES.isValidNumberForRegion(parsed, country.name())
                        || (found != type && found != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
                    return false;
                }
            } catch (NumberParseException e) {
                return false;
            }
        }
        return true;
    }

    private static void line(StringBuilder out, Country country, String key, List<String> choices) {
        out.append(country.name()).append('\t').append(key);
        for (String choice : choices) {
            if (choice.isEmpty() || choice.indexOf('\t') >= 0 || choice.indexOf('\n') >= 0) {
                throw new IllegalStateException(key + " of " + country + " has a choice a line cannot hold: '" + choice + "'");
            }
            out.append('\t').append(choice);
        }
        out.append('\n');
    }
}
