package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Byte-for-byte comparisons of run files. */
public final class SameBytes {

    private SameBytes() {}

    public static void assertSameBytes(Path expected, Path actual) throws IOException {
        assertArrayEquals(
                Files.readAllBytes(expected),
                Files.readAllBytes(actual),
                actual.getFileName() + " differs from " + expected);
    }

    /** The names of the files in a directory, sorted. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
