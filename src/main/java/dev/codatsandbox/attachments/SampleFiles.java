package dev.codatsandbox.attachments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Small real files made in memory, byte for byte the same on every run, JVM and native alike: a one-page PDF of
 * lines of text, an RGB PNG and CSV text. Nothing here depends on a library whose output may change between versions
 * (the PNG's image data is stored, not compressed, so no deflater's choices reach it), and the PDF's cross-reference
 * table holds the exact offset of each object, so readers open it without repairing it.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A one-page A4 PDF showing these lines in Helvetica, top down; characters outside Latin-1 become '?'. */
    public static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT\n/F1 16 Tf\n20 TL\n72 770 Td\n");
        for (String line : lines) {
            text.append('(').append(pdfText(line)).append(") Tj T*\n");
        }
        text.append("ET\n");
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + stream.length);
        write(out, "%PDF-1.4\n");
        out.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        offsets.add(out.size());
        write(out, (objects.size() + 1) + " 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
        out.writeBytes(stream);
        write(out, "endstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** A PNG of {@code width} by {@code height} pixels, 8-bit RGB, from {@code rgb} (3 bytes a pixel, row by row). */
    public static byte[] png(int width, int height, byte[] rgb) {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("Expected " + width * height * 3 + " bytes of RGB, got " + rgb.length);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(height * (1 + width * 3));
        for (int y = 0; y < height; y++) {
            raw.write(0); // filter: none
            raw.write(rgb, y * width * 3, width * 3);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, width);
        writeInt(header, height);
        header.writeBytes(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", stored(raw.toByteArray()));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** CSV text (RFC 4180): fields quoted where they need it, lines ended by CRLF, UTF-8. */
    public static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String field = row.get(i);
                if (i > 0) {
                    text.append(',');
                }
                boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0;
                text.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pdfText(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == ')' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFF) {
                text.append('?');
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** A zlib stream of stored (uncompressed) deflate blocks, with its Adler-32. */
    private static byte[] stored(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + data.length / 65535 * 5 + 16);
        out.write(0x78);
        out.write(0x01);
        int at = 0;
        do {
            int length = Math.min(65535, data.length - at);
            out.write(at + length == data.length ? 1 : 0);
            out.write(length & 0xff);
            out.write(length >>> 8);
            out.write(~length & 0xff);
            out.write((~length >>> 8) & 0xff);
            out.write(data, at, length);
            at += length;
        } while (at < data.length);
        long a = 1;
        long b = 0;
        for (byte value : data) {
            a = (a + (value & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        writeInt(out, (int) ((b << 16) | a));
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, data.length);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
