package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.RunArchive;
import io.github.gandjl.run.TrainedRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Dgan.compare against a real git repository and a real shallow clone of it. */
class RunSelectionTest {

    @TempDir Path dir;

    @Test
    void revisionsResolveToTheirArchivedRuns() throws Exception {
        Path repo = repository(2);
        String first = git(repo, "rev-parse", "HEAD~1");
        String second = git(repo, "rev-parse", "HEAD");
        RunArchive archive = new RunArchive(dir.resolve("archive"));
        TrainedRuns.copy(TrainedRuns.quick(1), archive.location("quick", first, false, 1));
        TrainedRuns.copy(TrainedRuns.quick(2), archive.location("quick", second, false, 1));

        RunSelection selection =
                RunSelection.ofRevisions(
                        archive,
                        repo,
                        List.of("HEAD~1", "main"),
                        "quick",
                        List.of(1L),
                        GanLog.silent());

        assertEquals(
                List.of(
                        archive.location("quick", first, false, 1),
                        archive.location("quick", second, false, 1)),
                selection.directories());
        assertEquals(
                List.of(
                        "HEAD~1 (" + first.substring(0, 7) + ")",
                        "main (" + second.substring(0, 7) + ")"),
                selection.labels());
    }

    @Test
    void aRevisionWithoutAnArchivedRunIsNamed() throws Exception {
        Path repo = repository(1);
        RunArchive archive = new RunArchive(dir.resolve("archive"));
        GanException e =
                assertThrows(
                        GanException.class,
                        () ->
                                RunSelection.ofRevisions(
                                        archive,
                                        repo,
                                        List.of("main"),
                                        "quick",
                                        List.of(42L),
                                        GanLog.silent()));
        assertTrue(e.getMessage().contains("'main'"), e.getMessage());
        assertTrue(e.getMessage().contains(git(repo, "rev-parse", "HEAD")), e.getMessage());
        assertTrue(e.getMessage().contains("seed 42"), e.getMessage());
    }

    @Test
    void anUnknownRevisionInAShallowCloneSaysHowToFetchHistory() throws Exception {
        Path repo = repository(3);
        String oldest = git(repo, "rev-parse", "HEAD~2");
        Path clone = dir.resolve("clone");
        git(dir, "clone", "-q", "--depth", "1", repo.toUri().toString(), clone.toString());
        RunArchive archive = new RunArchive(dir.resolve("archive"));

        GanException e =
                assertThrows(
                        GanException.class,
                        () ->
                                RunSelection.ofRevisions(
                                        archive,
                                        clone,
                                        List.of(oldest),
                                        "quick",
                                        List.of(1L),
                                        GanLog.silent()));
        assertTrue(e.getMessage().contains("'" + oldest + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("git fetch --unshallow"), e.getMessage());
        assertTrue(e.getMessage().contains("fetch-depth: 0"), e.getMessage());

        GanException typo =
                assertThrows(
                        GanException.class,
                        () ->
                                RunSelection.ofRevisions(
                                        archive,
                                        repo,
                                        List.of("no-such-branch"),
                                        "quick",
                                        List.of(1L),
                                        GanLog.silent()));
        assertTrue(typo.getMessage().contains("'no-such-branch'"), typo.getMessage());
    }

    @Test
    void seedsAreParsedWithAClearError() {
        assertEquals(List.of(1L, 2L, 3L), RunSelection.seeds("1, 2,3"));
        GanException e = assertThrows(GanException.class, () -> RunSelection.seeds("1,x"));
        assertTrue(e.getMessage().contains("gan.seeds") && e.getMessage().contains("'x'"));
    }

    /** A repository on branch main with the given number of commits. */
    private Path repository(int commits) throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        git(repo, "init", "-q", "-b", "main");
        for (int i = 0; i < commits; i++) {
            Files.writeString(repo.resolve("file.txt"), "version " + i, StandardCharsets.UTF_8);
            git(repo, "add", "file.txt");
            git(
                    repo,
                    "-c",
                    "user.name=t",
                    "-c",
                    "user.email=t@example.org",
                    "commit",
                    "-q",
                    "-m",
                    "c" + i);
        }
        return repo;
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(
                p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
                "git " + command + ": " + out);
        return out;
    }
}
