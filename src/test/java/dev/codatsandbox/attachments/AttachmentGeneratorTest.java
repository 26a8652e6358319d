package dev.codatsandbox.attachments;

import dev.codatsandbox.model.Customer;
import dev.codatsandbox.model.Status;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentGeneratorTest {

    private static final Customer CUSTOMER = new Customer("c-1", "Acme (Holdings) Ltd", null, null, "GBP", null,
            List.of(), List.of(), null, null, Status.Active, null, null, Instant.parse("2024-05-02T10:00:00Z"),
            Instant.parse("2024-05-01T09:00:00Z"));

    /** A draw seed per (seed, index), as the generator derives one: well mixed. */
    private static long seed(long seed, int index) {
        return new Random(seed * 1_000_003 + index).nextLong();
    }

    @Test
    void sameSeedGivesTheSameAttachmentsAndBytes() {
        for (int index = 0; index < 50; index++) {
            List<CustomerAttachment> first = AttachmentGenerator.of(seed(42, index), CUSTOMER);
            List<CustomerAttachment> second = AttachmentGenerator.of(seed(42, index), CUSTOMER);
            assertEquals(first, second);
        }
    }

    @Test
    void aboutAThirdOfCustomersHaveOneToThree() {
        int with = 0;
        for (int index = 0; index < 2000; index++) {
            int count = AttachmentGenerator.of(seed(7, index), CUSTOMER).size();
            assertTrue(count <= 3);
            with += count > 0 ? 1 : 0;
        }
        assertTrue(with > 500 && with < 700, with + " of 2000");
        int differ = 0;
        for (int index = 0; index < 20; index++) {
            differ += AttachmentGenerator.of(seed(7, index), CUSTOMER)
                    .equals(AttachmentGenerator.of(seed(8, index), CUSTOMER)) ? 0 : 1;
        }
        assertTrue(differ > 5, "another seed, other attachments");
    }

    @Test
    void metadataMatchesTheFiles() throws IOException {
        Map<String, Integer> kinds = new java.util.HashMap<>();
        for (int index = 0; index < 300; index++) {
            for (CustomerAttachment a : AttachmentGenerator.of(seed(42, index), CUSTOMER)) {
                byte[] bytes = ((AttachmentContent.InMemory) a.content()).bytes();
                assertEquals(bytes.length, a.attachment().fileSize());
                assertTrue(a.id().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
                assertFalse(a.attachment().dateCreated().isAfter(CUSTOMER.sourceModifiedDate()));
                assertFalse(a.attachment().modifiedDate().isBefore(a.attachment().sourceModifiedDate()));
                kinds.merge(a.attachment().contentType(), 1, Integer::sum);
                switch (a.attachment().contentType()) {
                    case "application/pdf" -> assertTrue(a.attachment().name().endsWith(".pdf")
                            && new String(bytes, 0, 5).equals("%PDF-"));
                    case "image/png" -> assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)));
                    case "text/csv" -> assertTrue(new String(bytes).startsWith("date,reference,"));
                    default -> throw new AssertionError(a.attachment().contentType());
                }
            }
        }
        assertEquals(3, kinds.size(), kinds.toString());
    }
}
