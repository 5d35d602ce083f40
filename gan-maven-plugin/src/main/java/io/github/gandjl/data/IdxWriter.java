package io.github.gandjl.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX content, gzip-compressed. The JDK's gzip header carries no timestamp or file name, so
 * the same content gives the same bytes on every run with the same JDK.
 */
final class IdxWriter {

    private IdxWriter() {}

    static void writeImages(OutputStream out, Images images) throws IOException {
        try (DataOutputStream data = new DataOutputStream(gzip(out))) {
            data.writeInt(IdxReader.IMAGES_MAGIC);
            data.writeInt(images.count());
            data.writeInt(images.rows());
            data.writeInt(images.cols());
            data.write(images.pixels());
        }
    }

    static void writeLabels(OutputStream out, byte[] labels) throws IOException {
        try (DataOutputStream data = new DataOutputStream(gzip(out))) {
            data.writeInt(IdxReader.LABELS_MAGIC);
            data.writeInt(labels.length);
            data.write(labels);
        }
    }

    private static OutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
    }
}
