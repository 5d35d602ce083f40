package io.github.gandjl.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the decompressed content of a .gz file while hashing it, and turns the JDK's terse gzip
 * failures ({@code EOFException}, {@code ZipException}) into messages that name the file.
 */
final class GzipContent {

    /** Parses decompressed content; must read to the end for the hash to cover all of it. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    /** What a parser made of a file, with the SHA-256 and length of the content it read. */
    record Hashed<T>(T value, String sha256, long bytes) {}

    private static final int BUFFER = 1 << 16;

    private GzipContent() {}

    /**
     * Parses the whole file and hashes its decompressed content.
     *
     * @param label how to name the file in messages (a path, or a URL and a path)
     */
    static <T> Hashed<T> read(Path file, String label, Parser<T> parser) {
        MessageDigest digest = sha256();
        try (InputStream raw = Files.newInputStream(file);
                HashingStream in = new HashingStream(gunzip(raw), digest)) {
            T value = parser.parse(in);
            return new Hashed<>(value, HexFormat.of().formatHex(digest.digest()), in.count);
        } catch (IOException e) {
            throw failure(label, e);
        }
    }

    /** Parses only as much of the file as the parser reads, without hashing; for headers. */
    static <T> T peek(Path file, String label, Parser<T> parser) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gunzip(raw)) {
            return parser.parse(in);
        } catch (IOException e) {
            throw failure(label, e);
        }
    }

    /** SHA-256 of the decompressed content of a whole file, as sha256sum prints it. */
    static Hashed<Void> hash(Path file, String label) {
        return read(
                file,
                label,
                in -> {
                    in.transferTo(OutputStream.nullOutputStream());
                    return null;
                });
    }

    private static InputStream gunzip(InputStream raw) throws IOException {
        return new GZIPInputStream(new BufferedInputStream(raw, BUFFER), BUFFER);
    }

    private static DataException failure(String label, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(label + ": file not found", e);
        }
        if (e instanceof EOFException) {
            return new DataException(
                    label
                            + ": truncated gzip, the compressed data ends before its end marker"
                            + " (expected a complete .gz file; download or copy it again)",
                    e);
        }
        if (e instanceof ZipException) {
            return new DataException(
                    label
                            + ": corrupt gzip ("
                            + e.getMessage()
                            + "), expected a valid .gz file; download or copy it again",
                    e);
        }
        return new DataException(label + ": cannot read (" + e + ")", e);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** Feeds every byte read into the digest and counts them. */
    private static final class HashingStream extends FilterInputStream {
        private final MessageDigest digest;
        private long count;

        HashingStream(InputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes would escape the hash: read them instead.
            byte[] buf = new byte[(int) Math.min(n, BUFFER)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
