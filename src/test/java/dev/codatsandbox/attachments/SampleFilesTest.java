package dev.codatsandbox.attachments;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleFilesTest {

    @Test
    void pngDecodesToTheGivenPixels() throws IOException {
        byte[] rgb = new byte[5 * 3 * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i * 7);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SampleFiles.png(5, 3, rgb)));
        assertNotNull(image);
        assertEquals(5, image.getWidth());
        assertEquals(3, image.getHeight());
        int pixel = image.getRGB(4, 2) & 0xffffff;
        int at = (2 * 5 + 4) * 3;
        assertEquals(((rgb[at] & 0xff) << 16) | ((rgb[at + 1] & 0xff) << 8) | (rgb[at + 2] & 0xff), pixel);
    }

    @Test
    void largePngSpansSeveralStoredBlocks() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SampleFiles.png(200, 200, new byte[200 * 200 * 3])));
        assertEquals(200, image.getHeight());
    }

    @Test
    void pdfCrossReferencesPointAtTheirObjects() {
        byte[] pdf = SampleFiles.pdf(List.of("Invoice INV-12345", "Billed to: Müller (Söhne) \\ Kōbe"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n"));
        assertTrue(text.endsWith("%%EOF\n"));
        int xref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n", "$1"));
        assertTrue(text.startsWith("xref\n", xref));
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertTrue(text.startsWith(object + " 0 obj\n", Integer.parseInt(entry.group(1))), "object " + object);
            object++;
        }
        assertEquals(6, object);
        assertTrue(text.contains("(Billed to: M\u00fcller \\(S\u00f6hne\\) \\\\ K?be) Tj"));
        int length = Integer.parseInt(text.replaceAll("(?s).*/Length (\\d+) >>.*", "$1"));
        assertEquals(text.indexOf("endstream") - text.indexOf("stream\n") - "stream\n".length(), length);
    }

    @Test
    void csvQuotesWhatNeedsIt() {
        assertArrayEquals("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,2,3\r\n".getBytes(StandardCharsets.UTF_8),
                SampleFiles.csv(List.of(List.of("a", "b,c", "say \"hi\""), List.of("1", "2", "3"))));
    }
}
