package dev.codatsandbox.generator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native executable carries what every generated country needs, so that it answers byte for byte like the JVM:
 * datafaker's YAML files of the country's language and of the country itself ({@code _DE.yml}), and the country's
 * locale data. A country added to {@link Country} without them would generate different data in the native
 * executable only.
 */
class NativeConfigurationTest {

    private static final Pattern INCLUDE_LOCALES = Pattern.compile("-H:IncludeLocales=((?:[^,\\\\]|\\\\,)+)");

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NativeConfigurationTest.class.getResourceAsStream("/application.properties")) {
            assertNotNull(in, "application.properties is on the class path");
            properties.load(in);
        }
        return properties;
    }

    @Test
    void imageHoldsDatafakerFilesOfEveryCountrysLanguageAndCountryAndEnglishBase() throws IOException {
        List<String> includes = Arrays.asList(
                applicationProperties().getProperty("quarkus.native.resources.includes", "").split(","));

        for (Country country : Country.values()) {
            String glob = country.locale().getLanguage() + "*.yml";
            assertTrue(includes.contains(glob), "quarkus.native.resources.includes has " + glob + " for " + country);
            String countryFile = "_" + country.locale().getCountry() + ".yml";
            assertTrue(includes.contains(countryFile),
                    "quarkus.native.resources.includes has " + countryFile + " for " + country);
        }
        assertTrue(includes.contains("en/*.yml"), "quarkus.native.resources.includes has en/*.yml");
        assertTrue(includes.contains("com/google/i18n/phonenumbers/**"),
                "quarkus.native.resources.includes has com/google/i18n/phonenumbers/**");
    }

    @Test
    void imageHoldsLocaleDataOfEveryCountry() throws IOException {
        String buildArgs = applicationProperties().getProperty("quarkus.native.additional-build-args", "");
        Matcher locales = INCLUDE_LOCALES.matcher(buildArgs);
        assertTrue(locales.find(), "quarkus.native.additional-build-args has -H:IncludeLocales=...");
        List<String> included = Arrays.asList(locales.group(1).split("\\\\,"));

        for (Country country : Country.values()) {
            String tag = country.locale().toLanguageTag();
            assertTrue(included.contains(tag), "-H:IncludeLocales has " + tag + " for " + country);
        }
    }
}
