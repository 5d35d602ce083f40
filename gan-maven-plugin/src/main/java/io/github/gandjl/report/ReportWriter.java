package io.github.gandjl.report;

import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.RunContents;
import io.github.gandjl.run.SampleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report folder: {@code index.html} (self-contained: styles inline, images as data URIs),
 * {@code summary.md}, and beside it each run's last sample grid for the summary's image links.
 */
public final class ReportWriter {

    /** The page's file name. */
    public static final String INDEX = "index.html";

    /** The Markdown summary's file name. */
    public static final String SUMMARY = "summary.md";

    private final ReportRenderer renderer;
    private final ReportModelBuilder builder;
    private final GanLog log;

    public ReportWriter(ReportRenderer renderer, ReportModelBuilder builder, GanLog log) {
        this.renderer = renderer;
        this.builder = builder;
        this.log = log;
    }

    /**
     * Writes the report of the runs into the directory and returns the page's path.
     *
     * @param labels one per run, or null to make them from what tells the runs apart
     */
    public Path write(List<RunContents> runs, List<String> labels, Path directory) {
        ReportModel model = labels == null ? builder.build(runs) : builder.build(runs, labels);
        String html = renderer.render(model);
        List<String> lastSamples = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < runs.size(); i++) {
                SampleFile last = runs.get(i).lastSample();
                if (last == null) {
                    lastSamples.add(null);
                    continue;
                }
                String name =
                        String.format(Locale.ROOT, "run-%d-epoch-%04d.png", i + 1, last.epoch());
                AtomicFiles.write(directory.resolve(name), Files.readAllBytes(last.file()));
                lastSamples.add(name);
            }
            AtomicFiles.write(
                    directory.resolve(SUMMARY),
                    SummaryWriter.write(model, lastSamples).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(directory.resolve(INDEX), html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GanException(
                    "Cannot write the report to "
                            + directory
                            + " (gan.reportDirectory): "
                            + e
                            + ". Choose a writable directory with -Dgan.reportDirectory=<path>.",
                    e);
        }
        Path index = directory.resolve(INDEX);
        log.info("Report: " + index.toUri());
        return index;
    }
}
