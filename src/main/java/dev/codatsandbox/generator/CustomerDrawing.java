package dev.codatsandbox.generator;

import dev.codatsandbox.model.Address;
import dev.codatsandbox.model.AddressType;
import dev.codatsandbox.model.Contact;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Metadata;
import dev.codatsandbox.model.PhoneNumber;
import dev.codatsandbox.model.PhoneNumberType;
import dev.codatsandbox.model.Status;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Draws one customer from its own {@link Random}, seeded from (seed, companyId, index): made for one customer and
 * dropped, so neither the order of calls nor the thread changes the result. Names, streets and phone numbers come
 * from the {@link Vocabulary} of the customer's country.
 */
final class CustomerDrawing {

    private static final long MAX_SYNC_LAG_SECONDS = 45L * 24 * 3600;
    private static final String[] LEGAL_WORDS = {"and", "the", "inc", "llc", "llp", "lp", "ltd", "limited",
            "group", "plc", "pty", "co", "gmbh", "mbh", "kg", "ag", "ohg", "ug", "gbr", "ev", "und", "sa", "sarl",
            "sas", "sasu", "eurl", "ei", "sci", "et", "fils", "cie"};
    /** What separates the words of a business name: white space (as regular expressions' {@code \s}), ",&.-/". */
    private static final String WORD_BREAKS = " \t\n\u000b\f\r,&.-/";
    private static final List<String> ROLE_MAILBOXES = List.of("accounts", "billing", "finance", "info", "hello");

    private final Random random;
    /** Where drawn choices and filled patterns are made before they become strings: one for all of the customer's. */
    private final StringBuilder scratch = new StringBuilder(64);
    private final Localities localities;
    private final Vocabulary vocabulary;

    CustomerDrawing(long customerSeed, Localities localities, Vocabulary vocabulary) {
        this.random = new DrawRandom(customerSeed);
        this.localities = localities;
        this.vocabulary = vocabulary;
    }

    Customer draw(String id) {
        Locality home = localities.pick(random);
        Country country = home.country();
        Vocabulary.Words words = vocabulary.of(country);
        boolean individual = chance(0.15);
        Person main = person(words);
        String fullName = main.fullName();
        String customerName = individual ? fullName : drawFrom(words.companyName);
        String domain = individual ? oneOf(country.mailProviders()) : businessDomain(customerName, country);
        String mainEmail = email(main, individual, domain);
        String emailAddress = individual || chance(0.65) ? mainEmail : oneOf(ROLE_MAILBOXES) + "@" + domain;
        String contactName = chance(0.1) ? drawFrom(words.prefix) + " " + fullName : fullName;
        String phone = chance(0.85) ? drawFrom(words.fixedLine) : null;
        List<Address> addresses = addresses(words, home);
        Status status = status();
        Instant sourceModified = instantBetween(CustomerGenerator.EARLIEST, CustomerGenerator.LATEST);
        Instant modified = later(sourceModified);
        List<Contact> contacts = contacts(words, home, individual, main, contactName, mainEmail, domain, addresses,
                status, modified);
        String registrationNumber = individual || chance(0.3) ? null : fill(country.registrationPattern(), country);
        String taxNumber = chance(individual ? 0.9 : 0.2) ? null : fill(country.taxPattern(), country);
        Metadata metadata = chance(CustomerGenerator.DELETED_SHARE) ? Metadata.DELETED : Metadata.NOT_DELETED;
        return new Customer(id, customerName, contactName, emailAddress, country.currency(), phone, addresses,
                contacts, registrationNumber, taxNumber, status, metadata, null, modified, sourceModified);
    }

    private List<Address> addresses(Vocabulary.Words words, Locality home) {
        Address billing = null;
        if (chance(0.85)) {
            billing = address(words, home, chance(0.95) ? AddressType.Billing : AddressType.Unknown);
        }
        Address delivery = null;
        if (chance(0.3)) {
            Locality elsewhere = chance(0.6) ? home : localities.anyIn(home.country(), random);
            delivery = address(words, elsewhere, AddressType.Delivery);
        }
        return present(billing, delivery);
    }

    private Address address(Vocabulary.Words words, Locality place, AddressType type) {
        Country country = place.country();
        String line1 = drawFrom(words.streetAddress);
        boolean english = "en".equals(country.locale().getLanguage());
        String line2 = english && chance(0.25) ? drawFrom(words.secondaryAddress) : "";
        return new Address(type, line1, line2, place.city(), place.region(), country.displayName(),
                fill(place.postalPattern(), country));
    }

    private List<Contact> contacts(Vocabulary.Words words, Locality home, boolean individual, Person main,
            String contactName, String mainEmail,
                                   String domain, List<Address> addresses, Status customerStatus, Instant modified) {
        Contact first = null;
        if (chance(0.85)) {
            first = contact(words, home, contactName, mainEmail, addresses, customerStatus, modified);
        }
        Contact another = null;
        if (!individual && random.nextInt(4) / 2 == 1) { // a business has one other contact half the time
            Person other = person(words);
            another = contact(words, home, other.fullName(), email(other, false, domain), addresses, customerStatus,
                    modified);
        }
        return present(first, another);
    }

    private Contact contact(Vocabulary.Words words, Locality home, String name, String email,
            List<Address> addresses, Status customerStatus,
                            Instant customerModified) {
        PhoneNumber fixed = null;
        if (chance(0.8)) {
            fixed = new PhoneNumber(drawFrom(words.fixedLine),
                    chance(0.8) ? PhoneNumberType.Primary : PhoneNumberType.Landline);
        }
        PhoneNumber mobile = null;
        if (chance(0.5)) {
            mobile = new PhoneNumber(drawFrom(words.mobile), PhoneNumberType.Mobile);
        }
        PhoneNumber fax = null;
        if (chance(0.05)) {
            fax = new PhoneNumber(drawFrom(words.fixedLine), PhoneNumberType.Fax);
        }
        List<PhoneNumber> phones = present(fixed, mobile, fax);
        Address address = addresses.isEmpty() ? address(words, home, AddressType.Billing) : oneOf(addresses);
        Status status = customerStatus == Status.Archived && chance(0.7) ? Status.Archived : status();
        Instant modifiedDate = instantBetween(CustomerGenerator.EARLIEST, customerModified);
        return new Contact(name, email, phones, address, status, modifiedDate);
    }

    private Person person(Vocabulary.Words words) {
        return new Person(drawFrom(words.firstName), drawFrom(words.lastName));
    }

    /**
     * The person's mailbox at {@code domain}, written in one builder with the names folded to ASCII in place: a
     * personal one is "first.last" and sometimes two digits, another "first.last", "f.last", "first" or "firstl". A
     * name that folds to nothing is "contact" (first) or "mail" (last).
     */
    private String email(Person person, boolean personal, String domain) {
        StringBuilder box = new StringBuilder(32 + domain.length());
        foldOr(person.first(), "contact", box);
        int firstEnd = box.length();
        box.append('.');
        foldOr(person.last(), "mail", box);
        if (personal) {
            if (chance(0.4)) {
                box.append(10 + random.nextInt(90));
            }
        } else {
            switch (random.nextInt(4)) {
                case 0 -> {
                }
                case 1 -> box.delete(1, firstEnd);
                case 2 -> box.setLength(firstEnd);
                default -> {
                    char initial = box.charAt(firstEnd + 1);
                    box.setLength(firstEnd);
                    box.append(initial);
                }
            }
        }
        return box.append('@').append(domain).toString();
    }

    private static void foldOr(String name, String fallback, StringBuilder out) {
        int from = out.length();
        Ascii.fold(name, 0, name.length(), out);
        if (out.length() == from) {
            out.append(fallback);
        }
    }

    /**
     * The first two words of the business's name that are not legal words, folded to ASCII and joined, at the
     * country's web suffix; "business" when there is none. Written in one builder: a word is folded onto it and taken
     * back off when it is empty or a legal word.
     */
    private static String businessDomain(String businessName, Country country) {
        StringBuilder domain = new StringBuilder(businessName.length() + 8);
        int words = 0;
        int start = 0;
        for (int i = 0; i <= businessName.length() && words < 2; i++) {
            if (i == businessName.length() || WORD_BREAKS.indexOf(businessName.charAt(i)) >= 0) {
                int from = domain.length();
                Ascii.fold(businessName, start, i, domain);
                if (domain.length() > from && !legalWord(domain, from)) {
                    words++;
                } else {
                    domain.setLength(from);
                }
                start = i + 1;
            }
        }
        if (words == 0) {
            domain.append("business");
        }
        return domain.append('.').append(country.webSuffix()).toString();
    }

    /** Whether the text from {@code from} to the end of {@code text} is one of {@link #LEGAL_WORDS}. */
    private static boolean legalWord(StringBuilder text, int from) {
        int length = text.length() - from;
        for (String word : LEGAL_WORDS) {
            if (word.length() == length && regionIs(text, from, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(StringBuilder text, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(from + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Status status() {
        double draw = random.nextDouble();
        return draw < 0.72 ? Status.Active : draw < 0.92 ? Status.Archived : Status.Unknown;
    }

    private String fill(String pattern, Country country) {
        return Patterns.fill(pattern, country.postalLetters(), random, scratch);
    }

    private String drawFrom(Vocabulary.Choices list) {
        return list.draw(random, scratch);
    }

    private Instant later(Instant from) {
        Instant candidate = from.plusSeconds((long) (random.nextDouble() * MAX_SYNC_LAG_SECONDS));
        return candidate.isAfter(CustomerGenerator.LATEST) ? CustomerGenerator.LATEST : candidate;
    }

    private Instant instantBetween(Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return Instant.ofEpochSecond(from.getEpochSecond() + (long) (random.nextDouble() * span));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * The items that are not null, in order, as an immutable list: what the customer's records keep (their
     * constructors take such a list as it is and copy any other), made without a list to collect them first.
     */
    private static <T> List<T> present(T first, T second) {
        if (first == null) {
            return second == null ? List.of() : List.of(second);
        }
        return second == null ? List.of(first) : List.of(first, second);
    }

    private static <T> List<T> present(T first, T second, T third) {
        if (first == null) {
            return present(second, third);
        }
        if (second == null) {
            return present(first, third);
        }
        return third == null ? List.of(first, second) : List.of(first, second, third);
    }

    private record Person(String first, String last) {
        String fullName() {
            return first + " " + last;
        }
    }
}
