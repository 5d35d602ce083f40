package io.github.gandjl.data;

import io.github.gandjl.common.GanLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Applies the resolution order of {@link Dataset#locate} and explains a failure. */
final class Locator {

    static final String HOW_TO_GET =
            "To get the data: apt-get install dataset-fashion-mnist (installs"
                    + " /usr/share/datasets/fashion-mnist), or set -Dgan.dataDirectory to a"
                    + " directory holding the four files, or allow download with"
                    + " -Dgan.download=true.";

    private final DataOptions options;
    private final GanLog log;

    Locator(DataOptions options, GanLog log) {
        this.options = options;
        this.log = log;
    }

    Dataset locate() {
        Path configured = options.configuredDirectory();
        if (configured != null) {
            // The user named this directory: using another one silently would hide their mistake.
            List<String> missing = missing(configured);
            if (!missing.isEmpty()) {
                throw new DataException(
                        "gan.dataDirectory = "
                                + configured
                                + " "
                                + describe(configured, missing)
                                + "; expected it to hold "
                                + String.join(", ", Split.allFiles())
                                + ". Point gan.dataDirectory at such a directory, or unset it to"
                                + " use "
                                + options.cacheDirectory()
                                + ", the system directories or a download. "
                                + HOW_TO_GET);
            }
            return found(configured, "configured");
        }

        List<String> looked = new ArrayList<>();
        Path cache = options.cacheDirectory();
        if (qualifies(cache, "cache directory", looked)) {
            return found(cache, "cache");
        }
        for (Path system : options.systemDirectories()) {
            if (qualifies(system, "system directory", looked)) {
                return found(system, "system");
            }
        }

        String download;
        if (options.downloadAllowed()) {
            try {
                new Downloader(options, log).fetchMissing(cache);
                return found(cache, "downloaded");
            } catch (DataException e) {
                throw new DataException(notFound(looked, "Download failed: " + e.getMessage()), e);
            }
        } else {
            download = "Download is off.";
        }
        throw new DataException(notFound(looked, download));
    }

    private Dataset found(Path directory, String origin) {
        log.info("Fashion-MNIST: using " + directory + " (" + origin + ")");
        return new Dataset(
                directory, origin, ExpectedSums.forDirectory(directory, options.expectedSums()));
    }

    private boolean qualifies(Path directory, String role, List<String> looked) {
        List<String> missing = missing(directory);
        if (missing.isEmpty()) {
            return true;
        }
        String reason = role + " " + directory + ": " + describe(directory, missing);
        log.debug("Fashion-MNIST not in " + reason);
        looked.add(reason);
        return false;
    }

    private static String notFound(List<String> looked, String download) {
        StringBuilder message = new StringBuilder("Fashion-MNIST not found. Looked in:");
        for (String place : looked) {
            message.append("\n  - ").append(place);
        }
        return message.append("\n").append(download).append("\n").append(HOW_TO_GET).toString();
    }

    private static String describe(Path directory, List<String> missing) {
        if (!Files.isDirectory(directory)) {
            return "does not exist or is not a directory";
        }
        return "lacks " + String.join(", ", missing);
    }

    static List<String> missing(Path directory) {
        List<String> missing = new ArrayList<>();
        for (String name : Split.allFiles()) {
            if (!Files.isRegularFile(directory.resolve(name))) {
                missing.add(name);
            }
        }
        return missing;
    }
}
