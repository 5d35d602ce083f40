package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.run.Environment;
import io.github.gandjl.run.Manifest;
import io.github.gandjl.run.ManifestJson;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.run.TrainedRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strings from poms and runs reach the page and the summary as text, never as markup: a real run's
 * manifest is rewritten with script tags and quotes in every string a user controls.
 */
class EscapingTest {

    private static final String EVIL = "<script>alert(\"x\")</script>' onload=\"y";

    @TempDir Path dir;

    @Test
    void poisonedStringsAreEscapedInThePageAndTheSummary() throws IOException {
        Path a = poisoned(TrainedRuns.quick(1), dir.resolve("a"), 4);
        Path b = poisoned(TrainedRuns.quick(2), dir.resolve("b"), 8);
        Path report = dir.resolve("report");
        String single =
                Files.readString(
                        ReportPages.write(List.of(a), dir.resolve("single")),
                        StandardCharsets.UTF_8);
        String html =
                Files.readString(ReportPages.write(List.of(a, b), report), StandardCharsets.UTF_8);
        String summary = Files.readString(report.resolve("summary.md"), StandardCharsets.UTF_8);

        for (String page : List.of(single, html)) {
            assertFalse(page.contains("<script"), "a script tag got through");
            assertFalse(page.contains("onload=\""), "a quote closed an attribute");
            assertTrue(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
        }
        // In the comparison: the poisoned parameter differs, and so does the environment.
        assertTrue(html.contains("id=\"environment-warning\""));
        assertTrue(html.contains("gan.&lt;b&gt;"), "parameter names are escaped too");
        assertFalse(summary.contains("<script") || summary.contains("<b>"), summary);
        assertTrue(summary.contains("&lt;script&gt;"), summary);
        assertTrue(summary.contains("different machines"), summary);
    }

    /** A copy of the run whose manifest has the poison in every free-text field. */
    private static Path poisoned(Path run, Path target, int threads) {
        TrainedRuns.copy(run, target);
        RunFiles files = new RunFiles(target);
        Manifest m = ManifestJson.read(files.manifest());
        Map<String, String> config = new LinkedHashMap<>(m.configuration());
        config.put("<b>", EVIL + threads);
        Environment e = m.environment();
        Manifest evil =
                new Manifest(
                        m.formatVersion(),
                        EVIL,
                        EVIL,
                        m.seed(),
                        m.status(),
                        config,
                        m.git(),
                        new Environment(
                                e.djlVersion(),
                                e.pytorchVersion(),
                                e.os(),
                                e.arch(),
                                EVIL + " CPU",
                                e.cpuFeatures(),
                                threads,
                                e.javaVersion()),
                        m.data(),
                        m.startedAt(),
                        m.finishedAt(),
                        m.epochsCompleted(),
                        m.secondsPerEpoch(),
                        m.divergedAtEpoch());
        ManifestJson.write(evil, files.manifest());
        return target;
    }
}
