package io.github.gandjl.data;

import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fetches the files a directory lacks from the mirror. Each file lands under a temporary name, is
 * checked, and only then takes its real name, so the directory never holds a partial file.
 */
final class Downloader {

    private final DataOptions options;
    private final GanLog log;

    Downloader(DataOptions options, GanLog log) {
        this.options = options;
        this.log = log;
    }

    void fetchMissing(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DataException("Cannot create " + directory + " for the download: " + e, e);
        }
        ExpectedSums sums = ExpectedSums.forDirectory(directory, options.expectedSums());
        for (String name : Locator.missing(directory)) {
            fetch(name, directory, sums.expected(name));
        }
    }

    private void fetch(String name, Path directory, String expected) {
        URI url = options.mirror().resolve(name);
        log.info("Downloading " + url + " to " + directory);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(directory, "." + name + ".", ".part");
            long bytes = get(url, tmp);
            GzipContent.Hashed<Void> content =
                    GzipContent.hash(tmp, "downloaded " + url + " (" + bytes + " bytes)");
            if (!content.sha256().equals(expected)) {
                throw new DataException(
                        "downloaded "
                                + url
                                + ": SHA-256 of the decompressed content is "
                                + content.sha256()
                                + ", expected "
                                + expected
                                + "; the mirror serves something other than Fashion-MNIST");
            }
            AtomicFiles.move(tmp, directory.resolve(name));
        } catch (SocketTimeoutException e) {
            throw new DataException(
                    "Downloading "
                            + url
                            + " timed out after "
                            + options.timeout().toMillis()
                            + " ms without data ("
                            + e.getMessage()
                            + ")",
                    e);
        } catch (IOException e) {
            throw new DataException("Downloading " + url + " failed: " + e, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Copies the body of a GET into {@code target}; returns the number of bytes. */
    private long get(URI url, Path target) throws IOException {
        URLConnection plain = url.toURL().openConnection();
        if (!(plain instanceof HttpURLConnection connection)) {
            throw new IOException("not an HTTP URL");
        }
        int timeout = (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis());
        connection.setConnectTimeout(timeout);
        connection.setReadTimeout(timeout);
        try {
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new IOException(
                        "HTTP status " + status + " " + connection.getResponseMessage());
            }
            long declared = connection.getContentLengthLong();
            long copied;
            try (InputStream in = connection.getInputStream();
                    OutputStream out = Files.newOutputStream(target)) {
                copied = in.transferTo(out);
            }
            // A connection that closes early may look like a normal end of stream.
            if (declared >= 0 && copied != declared) {
                throw new IOException(
                        "body cut off after " + copied + " of " + declared + " bytes");
            }
            return copied;
        } finally {
            connection.disconnect();
        }
    }

    private void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            log.warn("Could not delete the partial download " + tmp + ": " + e);
        }
    }
}
