package io.github.gandjl.run;

import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run archive: a copy of every finished run, kept outside {@code target/} so that {@code mvn
 * clean} keeps it and CI can cache it, at {@code <archive>/<experiment>/<commit>/seed-<seed>/}.
 *
 * <p>A run from a work tree with modified tracked files is filed under {@code <commit>-dirty}: its
 * numbers need not be those of the commit, so it never stands in for a clean run silently. A run
 * outside a git work tree has no commit to file it under and is not archived. Archiving the same
 * experiment, commit and seed again replaces the earlier copy.
 */
public final class RunArchive {

    /** The suffix of the commit directory of runs from a modified work tree. */
    public static final String DIRTY_SUFFIX = "-dirty";

    private final Path root;

    public RunArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where a run of this experiment, commit and seed is (or would be) archived. */
    public Path location(String experiment, String commit, boolean dirty, long seed) {
        return root.resolve(experiment)
                .resolve(commit + (dirty ? DIRTY_SUFFIX : ""))
                .resolve("seed-" + seed);
    }

    /**
     * The archived run of this experiment, commit and seed: the clean run if there is one, else the
     * run from a modified work tree at that commit, else null.
     */
    public Path find(String experiment, String commit, long seed) {
        for (boolean dirty : new boolean[] {false, true}) {
            Path dir = location(experiment, commit, dirty, seed);
            if (Files.isRegularFile(dir.resolve("manifest.json"))) {
                return dir;
            }
        }
        return null;
    }

    /** The commit directories archived for an experiment (with any -dirty suffix), sorted. */
    public List<String> commits(String experiment) {
        Path dir = root.resolve(experiment);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GanException("Cannot list the run archive " + dir + ": " + e, e);
        }
    }

    /**
     * Copies a run directory into the archive; returns where, or null when the run has no commit.
     */
    public Path record(RunFiles run, Manifest manifest, GanLog log) {
        if (manifest.git().commit() == null) {
            log.info("Not archiving the run: " + run.directory() + " is not in a git work tree.");
            return null;
        }
        Path target =
                location(
                        manifest.experiment(),
                        manifest.git().commit(),
                        manifest.git().dirty(),
                        manifest.seed());
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), ".incoming-");
            try {
                copyTree(run.directory(), staging);
                deleteTree(target);
                AtomicFiles.move(staging, target);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new GanException(
                    "Cannot archive the run "
                            + run.directory()
                            + " to "
                            + target
                            + " (gan.archiveDirectory = "
                            + root
                            + "): "
                            + e
                            + ". Choose a writable directory with -Dgan.archiveDirectory=<path>.",
                    e);
        }
        log.info("Archived the run to " + target);
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(
                from,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
                            throws IOException {
                        // A report inside the run directory is output about the run, not the run.
                        if (!dir.equals(from)
                                && dir.getParent().equals(from)
                                && dir.getFileName().toString().equals("report")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                            throws IOException {
                        Files.copy(
                                file,
                                to.resolve(from.relativize(file).toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
