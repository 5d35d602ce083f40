package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens generated reports in headless Chromium from the file system, as a user opens a CI artifact:
 * no console error, no failed load, every chart and image rendered with a size. Screenshots are
 * kept in {@code target/screenshots/}.
 */
class ReportBrowserTest {

    private static final Path PAGES = Path.of("target", "report-pages").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    /** Counts charts and images, and lists those that did not render with a size. */
    private static final String INSPECT =
            """
            (() => {
              const size = e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; };
              const charts = [...document.querySelectorAll('svg.chart-svg')];
              const images = [...document.querySelectorAll('img')];
              const bad = [];
              charts.forEach((c, i) => { const [w, h] = size(c);
                if (!(w > 0 && h > 0)) bad.push('chart ' + i + ' is ' + w + 'x' + h);
                if (c.querySelectorAll('polyline').length === 0) bad.push('chart ' + i + ' has no line');
                if (c.querySelectorAll('.tick-label').length < 4) bad.push('chart ' + i + ' has no ticks');
                if (c.querySelectorAll('.legend-label').length === 0) bad.push('chart ' + i + ' has no legend'); });
              images.forEach((img, i) => { const [w, h] = size(img);
                if (!img.complete || img.naturalWidth === 0) bad.push('image ' + i + ' did not load');
                if (!(w > 0 && h > 0)) bad.push('image ' + i + ' is ' + w + 'x' + h); });
              return { charts: charts.length, images: images.length, bad: bad,
                       title: document.title };
            })()
            """;

    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Files.isExecutable(HeadlessChromium.BINARY),
                "Skipping the browser test: "
                        + HeadlessChromium.BINARY
                        + " is absent (Debian package chromium).");
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Losses, D outputs, learning rate, speed, Fréchet distance, classifier score, coverage. */
    private static final int CHARTS = 7;

    @Test
    void singleRunReportRendersOffline() throws Exception {
        Path index = ReportPages.single(PAGES.resolve("single"));
        JsonObject page = open(index, "single-run.png");
        assertEquals(CHARTS, page.get("charts").getAsInt());
        assertEquals(3, page.get("images").getAsInt(), "two grids and the last one large");
    }

    @Test
    void comparisonReportRendersOffline() throws Exception {
        Path index = ReportPages.comparison(PAGES.resolve("comparison"));
        JsonObject page = open(index, "comparison.png");
        assertEquals(CHARTS, page.get("charts").getAsInt());
        assertEquals(6, page.get("images").getAsInt(), "three runs side by side at two epochs");
    }

    /** The harness itself: a page with a missing image and a console error must be caught. */
    @Test
    void aBrokenPageIsCaught() throws Exception {
        Path page = PAGES.resolve("broken/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(
                page,
                "<!DOCTYPE html><html><head><title>broken</title></head><body>"
                        + "<img src=\"missing.png\" width=\"10\" height=\"10\">"
                        + "<script>console.error('boom')</script></body></html>");
        int before = browser.problems().size();
        browser.open(page.toUri());
        List<String> seen = browser.problems().subList(before, browser.problems().size());
        browser.clearProblems();
        assertTrue(seen.stream().anyMatch(p -> p.contains("boom")), seen.toString());
        assertTrue(seen.stream().anyMatch(p -> p.contains("load failed")), seen.toString());
        JsonObject inspected = browser.evaluate(INSPECT).getAsJsonObject();
        assertEquals("[\"image 0 did not load\"]", inspected.get("bad").toString());
    }

    private static JsonObject open(Path index, String screenshot) throws Exception {
        browser.clearProblems();
        browser.resize(1280, 900);
        browser.open(index.toUri());
        JsonObject page = browser.evaluate(INSPECT).getAsJsonObject();
        browser.screenshot(SCREENSHOTS.resolve(screenshot), 1280);
        assertEquals("[]", browser.problems().toString(), "console errors or failed loads");
        assertEquals(0, page.getAsJsonArray("bad").size(), page.get("bad").toString());
        assertTrue(page.get("title").getAsString().startsWith("GAN "));
        return page;
    }
}
