package io.github.gandjl.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Builds good and broken dataset directories for the tests, from the committed subset. */
final class TestData {

    private TestData() {}

    /** The committed subset, as surefire passes it; tests never use the network or the system. */
    static Path subset() {
        String dir = System.getProperty("gan.subset.directory");
        if (dir == null) {
            throw new IllegalStateException("system property gan.subset.directory is not set");
        }
        return Path.of(dir);
    }

    /** Options that look only where the test says: no system directories, no download. */
    static DataOptions options(Path configured, Path cache) {
        return DataOptions.defaults(configured, cache).withSystemDirectories(List.of());
    }

    static Path copySubset(Path target, boolean withSums) throws IOException {
        Files.createDirectories(target);
        for (String name : Split.allFiles()) {
            Files.copy(subset().resolve(name), target.resolve(name));
        }
        if (withSums) {
            Files.copy(subset().resolve("SHA256SUMS"), target.resolve("SHA256SUMS"));
        }
        return target;
    }

    static Map<String, String> subsetSums() {
        return ExpectedSums.parse(subset().resolve("SHA256SUMS"));
    }

    /** Writes SHA256SUMS for whatever the directory's .gz files now decompress to. */
    static void writeSums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String name : Split.allFiles()) {
            sums.put(name, sha256(gunzip(Files.readAllBytes(dir.resolve(name)))));
        }
        StringBuilder text = new StringBuilder();
        sums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
        Files.writeString(dir.resolve("SHA256SUMS"), text, StandardCharsets.US_ASCII);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** Raw IDX content: the given header ints, then {@code bodyBytes} bytes of value 7. */
    static byte[] idx(int bodyBytes, int... header) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * header.length + bodyBytes);
        for (int value : header) {
            buffer.putInt(value);
        }
        while (buffer.hasRemaining()) {
            buffer.put((byte) 7);
        }
        return buffer.array();
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(GzipContent.sha256().digest(content));
    }
}
