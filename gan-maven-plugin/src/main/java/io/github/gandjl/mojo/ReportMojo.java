package io.github.gandjl.mojo;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.report.ReportModelBuilder;
import io.github.gandjl.report.ReportRenderer;
import io.github.gandjl.report.ReportWriter;
import io.github.gandjl.report.RunSelection;
import io.github.gandjl.run.RunArchive;
import io.github.gandjl.run.RunContents;
import io.github.gandjl.run.RunReader;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes an HTML report ({@code index.html}) and a Markdown summary ({@code summary.md}) of one run
 * or a comparison of several. The page opens from the file system with no network: styles are
 * inline and the sample grids are embedded.
 *
 * <p>Without parameters it reports the run of the experiment and seed, into {@code <run
 * dir>/report/}. Several runs are chosen with one of {@code gan.runs}, {@code gan.compare} or
 * {@code gan.seeds}/{@code gan.experiments}; their report goes to {@code
 * <outputDirectory>/report/}.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", requiresProject = true, threadSafe = true)
public final class ReportMojo extends AbstractGanMojo {

    /**
     * Run directories to report, comma-separated, the first being the baseline the others are
     * compared against; relative paths are taken from the project directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.runs")
    private String runs;

    /**
     * Git revisions to compare, comma-separated ({@code main,HEAD}): the archived runs of each
     * revision's commit for the experiment and seed(s), the first being the baseline.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.compare")
    private String compare;

    /**
     * Seeds to report, comma-separated ({@code 1,2,3}), instead of the one seed {@code gan.seed}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.seeds")
    private String seeds;

    /**
     * Experiments to report, comma-separated, instead of the one experiment {@code gan.experiment}
     * (or the active profile).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.experiments")
    private String experiments;

    /**
     * Where the report is written. Defaults to {@code <run dir>/report} for the run of the
     * experiment and seed, and to {@code <outputDirectory>/report} for any other selection.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.reportDirectory")
    private File reportDirectory;

    /**
     * A directory of report templates ({@code index.ftlh}, {@code report.css}, ...) that replace
     * the built-in ones of the same name: change the page without rebuilding the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.templateDirectory")
    private File templateDirectory;

    /**
     * The run archive that {@code gan.compare} takes runs from; {@code gan:train} fills it.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "gan.archiveDirectory",
            defaultValue = "${maven.multiModuleProjectDirectory}/gan-runs")
    private File archiveDirectory;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected void run(GanLog log) throws MojoExecutionException {
        if (present(runs) && present(compare)) {
            throw new MojoExecutionException(
                    "Parameters gan.runs ('"
                            + runs
                            + "') and gan.compare ('"
                            + compare
                            + "') are both set: choose the runs either by directory or by git"
                            + " revision.");
        }
        List<Long> seedList = present(seeds) ? RunSelection.seeds(seeds) : List.of(seed);
        Path base = project.getBasedir().toPath();
        Path output = outputDirectory.toPath();
        RunSelection selection;
        boolean besideRun = false;
        if (present(compare)) {
            selection =
                    RunSelection.ofRevisions(
                            new RunArchive(archiveDirectory.toPath()),
                            base,
                            RunSelection.split(compare),
                            experiment(),
                            seedList,
                            log);
        } else if (present(runs)) {
            selection = RunSelection.ofDirectories(runs, base);
        } else {
            List<String> experimentList =
                    present(experiments) ? RunSelection.split(experiments) : List.of(experiment());
            selection = RunSelection.ofExperimentsAndSeeds(output, experimentList, seedList);
            besideRun = selection.directories().size() == 1;
        }
        if (selection.directories().isEmpty()) {
            throw new GanException("No run to report: the parameter that names the runs is empty.");
        }
        List<RunContents> contents = new ArrayList<>();
        for (Path dir : selection.directories()) {
            contents.add(RunReader.read(dir));
        }
        Path target =
                reportDirectory != null
                        ? reportDirectory.toPath()
                        : besideRun
                                ? selection.directories().get(0).resolve("report")
                                : output.resolve("report");
        new ReportWriter(
                        new ReportRenderer(
                                templateDirectory == null ? null : templateDirectory.toPath()),
                        new ReportModelBuilder(plugin.getVersion(), Instant.now()),
                        log)
                .write(contents, selection.labels(), target);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
