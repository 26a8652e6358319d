package dev.codatsandbox.generator;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary generated customers are made of: datafaker's data, exported, and drawn from as datafaker would. */
class VocabularyTest {

    static final Vocabulary VOCABULARY = Vocabulary.load();
    static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    static final int DRAWS = 2000;

    @Test
    void theCommittedFileIsWhatDatafakersDataExportsTo() throws IOException {
        String committed = Files.readString(VocabularyExport.FILE, StandardCharsets.UTF_8);

        assertEquals(VocabularyExport.export(), committed,
                "src/main/resources/vocabulary.tsv is out of date: run VocabularyExport (see its Javadoc)");
    }

    @Test
    void phoneNumbersAreValidNumbersOfTheirCountryAndType() throws NumberParseException {
        for (Country country : Country.values()) {
            Vocabulary.Words words = VOCABULARY.of(country);
            assertMostlyValid(country, words.fixedLine, Set.of(PhoneNumberType.FIXED_LINE,
                    PhoneNumberType.FIXED_LINE_OR_MOBILE));
            assertMostlyValid(country, words.mobile, Set.of(PhoneNumberType.MOBILE,
                    PhoneNumberType.FIXED_LINE_OR_MOBILE));
        }
    }

    /** At least 99% of the numbers drawn are valid in libphonenumber for the country, of the type asked for. */
    private static void assertMostlyValid(Country country, Vocabulary.Choices numbers, Set<PhoneNumberType> types)
            throws NumberParseException {
        Random random = new Random(7);
        Set<String> distinct = new HashSet<>();
        int valid = 0;
        for (int i = 0; i < DRAWS; i++) {
            String number = numbers.draw(random);
            distinct.add(number);
            Phonenumber.PhoneNumber parsed = PHONES.parse(number, country.name());
            if (PHONES.isValidNumberForRegion(parsed, country.name()) && types.contains(PHONES.getNumberType(parsed))) {
                valid++;
            }
        }
        assertTrue(valid >= DRAWS * 0.99, country + " " + numbers + ": " + valid + " of " + DRAWS + " valid");
        assertTrue(distinct.size() > DRAWS * 0.95, country + " " + numbers + ": only " + distinct.size() + " distinct");
    }

    @Test
    void aDrawFillsReferencesDigitsAndNonZeroDigitsInOrder() {
        Vocabulary vocabulary = Vocabulary.parse(lines(
                "address.street_address\t#{address.building_number} #{address.street_name}",
                "address.building_number\tØ##",
                "address.street_name\t#{name.last_name} Street"));
        Vocabulary.Choices street = vocabulary.of(Country.US).streetAddress;

        for (int seed = 0; seed < 50; seed++) {
            String drawn = street.draw(new Random(seed));
            assertTrue(drawn.matches("[1-9][0-9]{2} (Smith|Jones) Street"), drawn);
            assertEquals(drawn, street.draw(new Random(seed)), "the same Random gives the same draw");
        }
    }

    @Test
    void aReferenceToAListTheFileLacksFailsAtLoadNotAtTheFirstCustomer() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Vocabulary.parse(lines(
                "address.street_address\t#{address.nowhere}",
                "address.building_number\t#",
                "address.street_name\tHigh Street")));

        assertTrue(missing.getMessage().contains("address.nowhere"), missing.getMessage());
    }

    @Test
    void referencesAreQualifiedAsDatafakerResolvesThem() {
        assertEquals("name.last_name", Vocabulary.qualified("company", "Name.last_name"));
        assertEquals("name.female_first_name", Vocabulary.qualified("name", "Name.femaleFirstName"));
        assertEquals("company.suffix", Vocabulary.qualified("company", "suffix"));
        assertEquals("phone_number.cell_phone", Vocabulary.qualified("address", "PhoneNumber.cellPhone"));
    }

    /** Every country gets the same lists: the given ones and a fixed set for the rest of what a customer needs. */
    private static List<String> lines(String... street) {
        List<String> common = List.of("name.first_name\tAda", "name.last_name\tSmith\tJones", "name.prefix\tDr.",
                "company.name\t#{name.last_name} Ltd", "address.secondary_address\tFlat #",
                "phone.fixed_line\t01### ######", "phone.mobile\t07### ######");
        List<String> lines = new java.util.ArrayList<>();
        for (Country country : Country.values()) {
            for (String line : common) {
                lines.add(country.name() + "\t" + line);
            }
            for (String line : street) {
                lines.add(country.name() + "\t" + line);
            }
        }
        return lines;
    }
}
