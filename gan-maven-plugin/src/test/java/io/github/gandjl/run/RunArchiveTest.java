package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs filed by experiment, commit (clean or -dirty) and seed; copies complete and replaceable. */
class RunArchiveTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir Path dir;

    @Test
    void aCleanRunIsFiledUnderItsCommitAndFound() throws IOException {
        RunArchive archive = new RunArchive(dir.resolve("archive"));
        Path run = withGit(new GitState(COMMIT, false));
        Files.createDirectories(run.resolve("report"));
        Files.writeString(run.resolve("report/index.html"), "not part of the run");

        Path target =
                archive.record(
                        new RunFiles(run),
                        ManifestJson.read(run.resolve("manifest.json")),
                        GanLog.silent());

        assertEquals(dir.resolve("archive/quick/" + COMMIT + "/seed-1"), target);
        assertEquals(target, archive.find("quick", COMMIT, 1));
        assertNull(archive.find("quick", COMMIT, 2));
        assertArrayEquals(
                Files.readAllBytes(run.resolve("losses.csv")),
                Files.readAllBytes(target.resolve("losses.csv")));
        assertTrue(Files.isRegularFile(target.resolve("samples/epoch-0002.png")));
        assertTrue(Files.isRegularFile(target.resolve("generator.params")));
        assertFalse(Files.exists(target.resolve("report")), "a report is not archived");
        assertEquals(List.of(COMMIT), archive.commits("quick"));
        // Read back whole from the archive.
        assertEquals(2, RunReader.read(target).losses().size());
    }

    @Test
    void aDirtyRunIsFiledApartAndOnlyStandsInWhenNoCleanRunExists() {
        RunArchive archive = new RunArchive(dir.resolve("archive"));
        Path dirty = withGit(new GitState(COMMIT, true));
        Path target =
                archive.record(
                        new RunFiles(dirty),
                        ManifestJson.read(dirty.resolve("manifest.json")),
                        GanLog.silent());
        assertEquals(dir.resolve("archive/quick/" + COMMIT + "-dirty/seed-1"), target);
        assertEquals(target, archive.find("quick", COMMIT, 1));

        Path clean = withGit(new GitState(COMMIT, false));
        Path cleanTarget =
                archive.record(
                        new RunFiles(clean),
                        ManifestJson.read(clean.resolve("manifest.json")),
                        GanLog.silent());
        assertEquals(cleanTarget, archive.find("quick", COMMIT, 1));
        // Recording again replaces the copy.
        assertEquals(
                cleanTarget,
                archive.record(
                        new RunFiles(clean),
                        ManifestJson.read(clean.resolve("manifest.json")),
                        GanLog.silent()));
        assertTrue(Files.isRegularFile(cleanTarget.resolve("manifest.json")));
    }

    @Test
    void aRunOutsideGitIsNotArchived() {
        RunArchive archive = new RunArchive(dir.resolve("archive"));
        Path run = withGit(GitState.NONE);
        assertNull(
                archive.record(
                        new RunFiles(run),
                        ManifestJson.read(run.resolve("manifest.json")),
                        GanLog.silent()));
        assertFalse(Files.exists(dir.resolve("archive/quick")));
    }

    /** A copy of a real run whose manifest records the given git state. */
    private Path withGit(GitState git) {
        Path run = TrainedRuns.copy(TrainedRuns.quick(1), dir.resolve("runs/" + System.nanoTime()));
        Manifest m = ManifestJson.read(run.resolve("manifest.json"));
        ManifestJson.write(
                new Manifest(
                        m.formatVersion(),
                        m.experiment(),
                        m.description(),
                        m.seed(),
                        m.status(),
                        m.configuration(),
                        git,
                        m.environment(),
                        m.data(),
                        m.startedAt(),
                        m.finishedAt(),
                        m.epochsCompleted(),
                        m.secondsPerEpoch(),
                        m.divergedAtEpoch()),
                run.resolve("manifest.json"));
        return run;
    }
}
