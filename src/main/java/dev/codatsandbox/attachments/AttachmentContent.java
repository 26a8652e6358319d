package dev.codatsandbox.attachments;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of an attachment: made in memory (a generated file, or one a fixture states in base64), or a file of
 * the fixture folder, which is read only when downloaded and then streamed, so that a large file never sits in the
 * heap.
 */
public sealed interface AttachmentContent {

    /** The number of bytes. */
    long size();

    /** Bytes held in memory. */
    record InMemory(byte[] bytes) implements AttachmentContent {

        public InMemory {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InMemory that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "InMemory[" + bytes.length + " bytes]";
        }
    }

    /**
     * A file of the fixture folder: {@code file} as the fixture names it (relative to the folder, '/'-separated),
     * {@code path} where it is, {@code size} its length when the fixture was read.
     */
    record OnDisk(String file, Path path, long size) implements AttachmentContent {
    }
}
