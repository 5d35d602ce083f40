package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered page and summary of real runs: self-contained, complete, and what they say. */
class ReportPageTest {

    @TempDir Path dir;

    @Test
    void singleRunPageIsSelfContainedAndComplete() throws IOException {
        Path index = ReportPages.single(dir);
        String html = Files.readString(index, StandardCharsets.UTF_8);

        assertEquals(
                7,
                count(html, "<svg class=\"chart-svg\""),
                "4 training charts and 3 quality charts");
        // Two grids in order, plus the last one large: all embedded.
        assertEquals(3, count(html, "src=\"data:image/png;base64,"));
        assertTrue(html.indexOf("epoch 1</figcaption>") < html.indexOf("epoch 2</figcaption>"));
        // Nothing is fetched from anywhere: no external URL in src or href, no script.
        assertFalse(Pattern.compile("(src|href)=\"(?!data:)").matcher(html).find());
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("gan.learningRate"));
        assertTrue(html.contains("Fashion") || html.contains("train-images-idx3-ubyte.gz"));
        assertTrue(html.contains("id=\"last-sample\""));

        String summary = Files.readString(dir.resolve("summary.md"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("finished"), summary);
        assertTrue(
                summary.contains(
                        "![Samples of quick · seed 1 after epoch 2](run-1-epoch-0002.png)"),
                summary);
        assertTrue(Files.isRegularFile(dir.resolve("run-1-epoch-0002.png")));
        assertTrue(summary.lines().count() < 40, "short enough for a PR comment");
    }

    @Test
    void comparisonPageShowsDifferencesDeltasAndGridsSideBySide() throws IOException {
        Path index = ReportPages.comparison(dir);
        String html = Files.readString(index, StandardCharsets.UTF_8);

        assertEquals(
                7,
                count(html, "<svg class=\"chart-svg\""),
                "4 training charts and 3 quality charts");
        // 3 runs x 2 epochs side by side.
        assertEquals(6, count(html, "src=\"data:image/png;base64,"));
        String diff = section(html, "<table id=\"config-diff\">", "</table>");
        assertTrue(diff.contains("gan.seed"), diff);
        assertTrue(diff.contains("gan.learningRate"), diff);
        assertTrue(diff.contains("0.001"), diff);
        assertFalse(diff.contains("gan.batchSize"), "only parameters that differ: " + diff);
        assertTrue(html.contains("first differ at <strong>epoch 1</strong>"));
        // Each run's G-loss line is overlaid: 3 runs x (G, D) series in the loss chart.
        String losses = section(html, "id=\"chart-losses\"", "</figure>");
        assertEquals(6, count(losses, "<polyline"));
        assertFalse(html.contains("id=\"environment-warning\""), "same machine: no warning");
        assertFalse(html.contains("id=\"quality-warning\""), "quality measured alike");

        String summary = Files.readString(dir.resolve("summary.md"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("| Final G loss |"), summary);
        assertTrue(summary.contains("| Final Fréchet distance |"), summary);
        assertTrue(Pattern.compile("\\([+-]\\d").matcher(summary).find(), "deltas: " + summary);
        assertTrue(summary.contains("losses first differ at epoch 1"), summary);
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        return html.substring(from, html.indexOf(end, from));
    }
}
