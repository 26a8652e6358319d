package dev.codatsandbox.generator;

import dev.codatsandbox.model.CompanyProfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Draws what Codat says of a company (its {@link CompanyProfile}) from its own {@link Random}, seeded from (seed,
 * companyId): a business of one country, named from that country's list of company names, created in Codat in
 * 2017 or 2018 (before any generated customer's dates) by a user with a name of that country, with some of Codat's
 * products and a {@code region} tag. Generated companies have no description, parent or subsidiaries.
 */
final class CompanyDrawing {

    static final Instant EARLIEST_CREATED = Instant.parse("2017-01-01T00:00:00Z");
    static final Instant LATEST_CREATED = Instant.parse("2018-12-31T23:59:59Z");
    /** Codat's product names, as its examples of {@code Company} show them, and the share of companies using each. */
    private static final List<String> PRODUCTS = List.of("lending", "spend-insights", "payables", "commerce");
    private static final int[] PRODUCT_PERCENT = {60, 40, 25, 15};

    private final Random random;
    private final Localities localities;
    private final Vocabulary vocabulary;

    CompanyDrawing(long companySeed, Localities localities, Vocabulary vocabulary) {
        this.random = new DrawRandom(companySeed);
        this.localities = localities;
        this.vocabulary = vocabulary;
    }

    CompanyProfile draw() {
        Country country = localities.pick(random).country();
        Vocabulary.Words words = vocabulary.of(country);
        String name = words.companyName.draw(random);
        long span = LATEST_CREATED.getEpochSecond() - EARLIEST_CREATED.getEpochSecond();
        Instant created = EARLIEST_CREATED.plusSeconds((long) (random.nextDouble() * span));
        String user = words.firstName.draw(random) + " " + words.lastName.draw(random);
        List<String> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS.size(); i++) {
            if (random.nextInt(100) < PRODUCT_PERCENT[i]) {
                products.add(PRODUCTS.get(i));
            }
        }
        return new CompanyProfile(name, null, created, user, products,
                Map.of("region", country.name().toLowerCase(Locale.ROOT)), null, List.of());
    }
}
