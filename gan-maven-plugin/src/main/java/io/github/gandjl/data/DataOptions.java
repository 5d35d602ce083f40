package io.github.gandjl.data;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where to look for the dataset and whether it may be downloaded.
 *
 * @param configuredDirectory the directory the user named ({@code -Dgan.dataDirectory}), or null;
 *     when set it must hold the files, nothing else is tried
 * @param cacheDirectory where downloads go and the second place looked in, normally {@code
 *     <repository>/data/fashion-mnist}
 * @param systemDirectories where packaged copies live, tried in order
 * @param downloadAllowed whether to fetch missing files from {@code mirror}
 * @param mirror base URL holding the four .gz files
 * @param timeout connect timeout and per-read timeout of a download
 * @param expectedSums SHA-256 of each file's decompressed content, used for a directory that has no
 *     {@code SHA256SUMS} file of its own; the official full-set sums by default
 */
public record DataOptions(
        Path configuredDirectory,
        Path cacheDirectory,
        List<Path> systemDirectories,
        boolean downloadAllowed,
        URI mirror,
        Duration timeout,
        Map<String, String> expectedSums) {

    public static final List<Path> DEFAULT_SYSTEM_DIRECTORIES =
            List.of(Path.of("/usr/share/datasets/fashion-mnist"));
    public static final URI OFFICIAL_MIRROR =
            URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public DataOptions {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        systemDirectories = List.copyOf(systemDirectories);
        Objects.requireNonNull(mirror, "mirror");
        // URI.resolve drops the last path segment of a base without a trailing slash.
        if (!mirror.getPath().endsWith("/")) {
            mirror = URI.create(mirror + "/");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout + ": must be positive");
        }
        expectedSums = Map.copyOf(expectedSums);
    }

    /** Download off, the official mirror and sums, the Debian package's directory. */
    public static DataOptions defaults(Path configuredDirectory, Path cacheDirectory) {
        return new DataOptions(
                configuredDirectory,
                cacheDirectory,
                DEFAULT_SYSTEM_DIRECTORIES,
                false,
                OFFICIAL_MIRROR,
                DEFAULT_TIMEOUT,
                OfficialSums.FULL_SET);
    }

    public DataOptions withDownloadAllowed(boolean allowed) {
        return new DataOptions(
                configuredDirectory,
                cacheDirectory,
                systemDirectories,
                allowed,
                mirror,
                timeout,
                expectedSums);
    }

    public DataOptions withSystemDirectories(List<Path> directories) {
        return new DataOptions(
                configuredDirectory,
                cacheDirectory,
                directories,
                downloadAllowed,
                mirror,
                timeout,
                expectedSums);
    }

    public DataOptions withMirror(URI newMirror) {
        return new DataOptions(
                configuredDirectory,
                cacheDirectory,
                systemDirectories,
                downloadAllowed,
                newMirror,
                timeout,
                expectedSums);
    }

    public DataOptions withTimeout(Duration newTimeout) {
        return new DataOptions(
                configuredDirectory,
                cacheDirectory,
                systemDirectories,
                downloadAllowed,
                mirror,
                newTimeout,
                expectedSums);
    }

    public DataOptions withExpectedSums(Map<String, String> sums) {
        return new DataOptions(
                configuredDirectory,
                cacheDirectory,
                systemDirectories,
                downloadAllowed,
                mirror,
                timeout,
                sums);
    }
}
