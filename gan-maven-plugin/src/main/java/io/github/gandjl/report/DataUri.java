package io.github.gandjl.report;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/** Embeds a PNG in the page, so that the page opens alone: from a CI artifact, a mail, a disk. */
final class DataUri {

    /** Every PNG file starts with these eight bytes. */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DataUri() {}

    /**
     * @throws GanException if the file cannot be read or is not a PNG
     */
    static String png(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < SIGNATURE.length
                    || !Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                throw new GanException(
                        "The sample grid "
                                + file
                                + " is not a PNG image (it lacks the PNG signature): the run is"
                                + " damaged. Train it again with gan:train.");
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new GanException("Cannot read the sample grid " + file + ": " + e, e);
        }
    }
}
