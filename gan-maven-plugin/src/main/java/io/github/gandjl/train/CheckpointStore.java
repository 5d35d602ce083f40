package io.github.gandjl.train;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Checkpoints on disk: {@code epoch-NNNN.ckpt}, each a zip of a small JSON header and the arrays,
 * written atomically so that a file with a checkpoint's name is always complete. Only the newest
 * {@code keep} are kept.
 */
public final class CheckpointStore {

    private static final Pattern NAME = Pattern.compile("epoch-(\\d{4,})\\.ckpt");
    private static final String HEADER = "checkpoint.json";
    private static final String ARRAYS = "state.ndlist";
    private static final int FORMAT_VERSION = 1;

    private final Path directory;
    private final int keep;

    public CheckpointStore(Path directory, int keep) {
        this.directory = directory;
        this.keep = keep;
    }

    public Path file(int epoch) {
        return directory.resolve(String.format(Locale.ROOT, "epoch-%04d.ckpt", epoch));
    }

    /** Writes a checkpoint, then deletes all but the newest {@code keep}. */
    public void save(Checkpoint checkpoint) {
        Path file = file(checkpoint.epoch());
        try {
            Files.createDirectories(directory);
            AtomicFiles.write(file, out -> writeZip(checkpoint, out));
            List<Path> all = new ArrayList<>(list().values());
            for (int i = 0; i < all.size() - keep; i++) {
                Files.deleteIfExists(all.get(i));
            }
        } catch (IOException e) {
            throw new GanException("Cannot write the checkpoint " + file + ": " + e, e);
        }
    }

    private static void writeZip(Checkpoint checkpoint, java.io.OutputStream out)
            throws IOException {
        JsonObject header = new JsonObject();
        header.addProperty("formatVersion", FORMAT_VERSION);
        header.addProperty("epoch", checkpoint.epoch());
        header.addProperty("stepG", checkpoint.stepG());
        header.addProperty("stepD", checkpoint.stepD());
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(entry(HEADER));
        zip.write(header.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(entry(ARRAYS));
        zip.write(checkpoint.arrays());
        zip.closeEntry();
        zip.finish();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        return entry;
    }

    /**
     * The newest checkpoint that reads back whole, at or before {@code maxEpoch}. A damaged one is
     * reported and skipped: an older complete checkpoint still saves the run.
     */
    public Optional<Checkpoint> newest(int maxEpoch, GanLog log) {
        List<Map.Entry<Integer, Path>> entries = new ArrayList<>(list().entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).getKey() > maxEpoch) {
                continue;
            }
            Path file = entries.get(i).getValue();
            try {
                return Optional.of(read(file));
            } catch (IOException | RuntimeException e) {
                log.warn("Skipping the unreadable checkpoint " + file + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * The checkpoint of one epoch.
     *
     * @throws GanException if there is none or it cannot be read; the message lists the epochs that
     *     have one
     */
    public Checkpoint load(int epoch) {
        Path file = file(epoch);
        if (!Files.isRegularFile(file)) {
            throw new GanException(
                    "There is no checkpoint of epoch "
                            + epoch
                            + " in "
                            + directory
                            + "; checkpoints kept: "
                            + (list().isEmpty() ? "none" : list().keySet())
                            + ". Choose one of those epochs (gan.checkpointKeep decides how many"
                            + " are kept).");
        }
        try {
            return read(file);
        } catch (IOException | RuntimeException e) {
            throw new GanException(
                    "The checkpoint " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    /** Checkpoint files by epoch, oldest first; temporary files of interrupted writes are not. */
    private TreeMap<Integer, Path> list() {
        TreeMap<Integer, Path> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> stream = Files.list(directory)) {
            stream.forEach(
                    path -> {
                        Matcher m = NAME.matcher(path.getFileName().toString());
                        if (m.matches()) {
                            files.put(Integer.parseInt(m.group(1)), path);
                        }
                    });
        } catch (IOException e) {
            throw new GanException("Cannot list the checkpoints in " + directory + ": " + e, e);
        }
        return files;
    }

    static Checkpoint read(Path file) throws IOException {
        JsonObject header = null;
        byte[] arrays = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (HEADER.equals(e.getName())) {
                    header =
                            JsonParser.parseString(new String(readAll(zip), StandardCharsets.UTF_8))
                                    .getAsJsonObject();
                } else if (ARRAYS.equals(e.getName())) {
                    arrays = readAll(zip);
                }
            }
        }
        if (header == null || arrays == null) {
            throw new IOException("it lacks " + (header == null ? HEADER : ARRAYS));
        }
        if (header.get("formatVersion").getAsInt() != FORMAT_VERSION) {
            throw new IOException("unknown format version " + header.get("formatVersion"));
        }
        return new Checkpoint(
                header.get("epoch").getAsInt(),
                header.get("stepG").getAsLong(),
                header.get("stepD").getAsLong(),
                arrays);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
