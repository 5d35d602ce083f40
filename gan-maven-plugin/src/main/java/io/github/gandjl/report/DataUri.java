package io.github.gandjl.report;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Embeds a PNG in the page, so that the page opens alone: from a CI artifact, a mail, a disk. */
final class DataUri {

    private DataUri() {}

    static String png(Path file) {
        try {
            return "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new GanException("Cannot read the sample grid " + file + ": " + e, e);
        }
    }
}
