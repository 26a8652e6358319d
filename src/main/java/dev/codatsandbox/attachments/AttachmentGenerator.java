package dev.codatsandbox.attachments;

import dev.codatsandbox.model.Attachment;
import dev.codatsandbox.model.Customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The attachments of generated customers: a pure function of (seed, company id, the customer's index among the
 * generated ones, the customer), drawn from a seed the generator derives from the first three, so the same seed gives
 * byte-identical metadata and files. About {@value #SHARE_PERCENT}% of generated customers have one to three: an
 * invoice (a PDF naming the customer), a receipt (a PNG) or a statement (a CSV of the month's lines), each a small real
 * file whose {@code contentType} and {@code fileSize} match it. Dates fall between {@code 2019-01-01} and the
 * customer's {@code sourceModifiedDate}: {@code dateCreated} and {@code sourceModifiedDate} are when the file was
 * added, {@code modifiedDate} is the customer's (Codat's last read of it).
 */
public final class AttachmentGenerator {

    static final int SHARE_PERCENT = 30;
    static final Instant EARLIEST = Instant.parse("2019-01-01T00:00:00Z");
    /** When a customer without a {@code sourceModifiedDate} had its last file added, at the latest. */
    static final Instant LATEST = Instant.parse("2025-10-31T00:00:00Z");

    private AttachmentGenerator() {
    }

    /**
     * The attachments of a generated customer, drawn from {@code drawSeed}: the generator's seed of this customer's
     * attachments ({@code CustomerGenerator.attachmentSeed}).
     */
    public static List<CustomerAttachment> of(long drawSeed, Customer customer) {
        Random random = new Random(drawSeed);
        if (random.nextInt(100) >= SHARE_PERCENT) {
            return List.of();
        }
        int count = 1 + random.nextInt(3);
        Instant latest = customer.sourceModifiedDate() != null && customer.sourceModifiedDate().isAfter(EARLIEST)
                ? customer.sourceModifiedDate() : LATEST;
        Instant modified = customer.modifiedDate() != null && !customer.modifiedDate().isBefore(latest)
                ? customer.modifiedDate() : latest;
        List<CustomerAttachment> attachments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                    (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L).toString();
            long span = Math.max(1, latest.getEpochSecond() - EARLIEST.getEpochSecond());
            Instant created = EARLIEST.plusSeconds((long) (random.nextDouble() * span));
            attachments.add(draw(random, id, created, modified, customer));
        }
        return List.copyOf(attachments);
    }

    private static CustomerAttachment draw(Random random, String id, Instant created, Instant modified,
                                           Customer customer) {
        LocalDate day = created.atZone(ZoneOffset.UTC).toLocalDate();
        String currency = customer.defaultCurrency() == null ? "USD" : customer.defaultCurrency();
        String customerName = customer.customerName() == null ? "Customer " + customer.id() : customer.customerName();
        int kind = random.nextInt(10);
        String name;
        String contentType;
        byte[] bytes;
        boolean includeWhenSent;
        if (kind < 5) {
            String number = "INV-" + (10000 + random.nextInt(90000));
            name = number + ".pdf";
            contentType = "application/pdf";
            bytes = SampleFiles.pdf(List.of("Invoice " + number, "Billed to: " + customerName, "Date: " + day,
                    "Amount due: " + amount(random) + " " + currency));
            includeWhenSent = random.nextInt(10) < 7;
        } else if (kind < 8) {
            name = "receipt-" + day + ".png";
            contentType = "image/png";
            bytes = receipt(random);
            includeWhenSent = random.nextInt(10) < 3;
        } else {
            name = "statement-" + day.toString().substring(0, 7) + ".csv";
            contentType = "text/csv";
            bytes = statement(random, day, currency);
            includeWhenSent = random.nextInt(10) < 3;
        }
        return new CustomerAttachment(new Attachment(id, name, contentType, created, bytes.length, includeWhenSent,
                modified, created), new AttachmentContent.InMemory(bytes));
    }

    /** A receipt-like image: a light paper of 48 by 64 pixels with grey lines of text and one coloured total. */
    private static byte[] receipt(Random random) {
        int width = 48;
        int height = 64;
        byte[] rgb = new byte[width * height * 3];
        int paper = 235 + random.nextInt(20);
        int totalRow = 44 + 2 * random.nextInt(6);
        int red = random.nextInt(160);
        int green = random.nextInt(160);
        int blue = random.nextInt(160);
        for (int y = 0; y < height; y++) {
            int lineEnd = y % 6 == 4 ? 8 + random.nextInt(32) : 0;
            for (int x = 0; x < width; x++) {
                int at = (y * width + x) * 3;
                boolean ink = x >= 4 && x < 4 + lineEnd;
                boolean total = y >= totalRow && y < totalRow + 3 && x >= 28 && x < 44;
                rgb[at] = (byte) (total ? red : ink ? 90 : paper);
                rgb[at + 1] = (byte) (total ? green : ink ? 90 : paper);
                rgb[at + 2] = (byte) (total ? blue : ink ? 90 : paper - 10);
            }
        }
        return SampleFiles.png(width, height, rgb);
    }

    private static byte[] statement(Random random, LocalDate day, String currency) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", "reference", "description", "amount", "currency"));
        LocalDate first = day.withDayOfMonth(1);
        int lines = 3 + random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            boolean payment = random.nextInt(3) == 0;
            rows.add(List.of(first.plusDays(random.nextInt(first.lengthOfMonth())).toString(),
                    (payment ? "PAY-" : "INV-") + (10000 + random.nextInt(90000)),
                    payment ? "Payment received, thank you" : "Goods and services",
                    (payment ? "-" : "") + amount(random), currency));
        }
        return SampleFiles.csv(rows);
    }

    /** An amount of money with two decimals, from 10.00 to 9,999.99 (written without grouping). */
    private static String amount(Random random) {
        int cents = 1000 + random.nextInt(999_000);
        return cents / 100 + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }
}
