package io.github.gandjl.mojo;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.run.RunRequest;
import io.github.gandjl.run.TrainingRun;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Trains the experiment's GAN and writes its run directory: {@code manifest.json}, {@code
 * losses.csv}, {@code timings.csv}, {@code samples/epoch-NNNN.png}, checkpoints and the final
 * parameters. An unfinished run in the directory is resumed from its newest checkpoint.
 *
 * <p>Not thread-safe: the engine's random stream and thread count are global to the JVM.
 *
 * @since 0.1.0
 */
@Mojo(name = "train", requiresProject = true, threadSafe = false)
public final class TrainMojo extends AbstractGanMojo {

    /**
     * A sentence saying what the experiment is for; shown in reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.description", defaultValue = "")
    private String description;

    /**
     * Passes over the training set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.epochs", defaultValue = "500")
    private int epochs;

    /**
     * Images per step; at most the size of the training set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.batchSize", defaultValue = "64")
    private int batchSize;

    /**
     * Adam's learning rate for both networks at the first epoch.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.learningRate", defaultValue = "0.0002")
    private double learningRate;

    /**
     * Factor applied to the learning rate after every epoch (ExponentialLR), in (0, 1].
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.gamma", defaultValue = "0.99")
    private double gamma;

    /**
     * Adam's first-moment decay, in [0, 1).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.beta1", defaultValue = "0.9")
    private double beta1;

    /**
     * Adam's second-moment decay, in [0, 1).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.beta2", defaultValue = "0.999")
    private double beta2;

    /**
     * Size of the generator's latent input.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.latentSize", defaultValue = "100")
    private int latentSize;

    /**
     * The generator's hidden layer sizes, comma-separated ({@code 256,512} for G 100-256-512-784).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.generatorLayers", defaultValue = "128")
    private String generatorLayers;

    /**
     * The discriminator's hidden layer sizes, comma-separated ({@code 512,256} for D
     * 784-512-256-1).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.discriminatorLayers", defaultValue = "128")
    private String discriminatorLayers;

    /**
     * Standard deviation of the normal distribution weights are drawn from; biases start at 0.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.weightInitStd", defaultValue = "0.02")
    private double weightInitStd;

    /**
     * Range {@code min,max} that each real label is drawn from, per batch.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.realLabels", defaultValue = "0.9,1.0")
    private String realLabels;

    /**
     * Range {@code min,max} that each fake label is drawn from, per batch.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.fakeLabels", defaultValue = "0.0,0.1")
    private String fakeLabels;

    /**
     * A sample grid is written every this many epochs, and after the last.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.sampleInterval", defaultValue = "10")
    private int sampleInterval;

    /**
     * Native threads for libtorch; 0 for one per available processor. Runs are bit-identical only
     * for the same thread count.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.threads", defaultValue = "0")
    private int threads;

    /**
     * A directory holding the four Fashion-MNIST .gz files. When set, nothing else is tried;
     * otherwise the cache directory, then {@code /usr/share/datasets/fashion-mnist}, then a
     * download.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.dataDirectory")
    private File dataDirectory;

    /**
     * Where a downloaded dataset is kept, and the first place looked in when no data directory is
     * set.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "gan.dataCacheDirectory",
            defaultValue = "${maven.multiModuleProjectDirectory}/data/fashion-mnist")
    private File dataCacheDirectory;

    /**
     * Whether to download the dataset from the mirror when it is found nowhere else.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.download", defaultValue = "true")
    private boolean download;

    /**
     * Base URL of the Fashion-MNIST files for a download.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "gan.dataMirror",
            defaultValue = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")
    private String dataMirror;

    /**
     * A checkpoint (parameters, optimiser state, epoch) is written every this many epochs, and
     * after the last; a killed run loses at most the epochs since.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.checkpointInterval", defaultValue = "1")
    private int checkpointInterval;

    /**
     * How many of the newest checkpoints are kept.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.checkpointKeep", defaultValue = "2")
    private int checkpointKeep;

    /**
     * Whether an unfinished run in the run directory (one whose process died) is continued from its
     * newest checkpoint. When false, it is moved aside and training starts afresh.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.resume", defaultValue = "true")
    private boolean resume;

    /**
     * Whether a run whose loss becomes NaN or infinite fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.failOnDivergence", defaultValue = "true")
    private boolean failOnDivergence;

    /**
     * Where every finished run is copied, as {@code <archive>/<experiment>/<commit>/seed-<seed>}
     * ({@code <commit>-dirty} for a modified work tree), for {@code gan:report -Dgan.compare}.
     * Outside {@code target/}, so {@code mvn clean} keeps it.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "gan.archiveDirectory",
            defaultValue = "${maven.multiModuleProjectDirectory}/gan-runs")
    private File archiveDirectory;

    /**
     * Whether sample quality (Fréchet distance, classifier score, class coverage) is measured while
     * training, with the evaluator shipped in the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.metrics", defaultValue = "true")
    private boolean metrics;

    /**
     * How many generated images are judged per measurement, and how many real test images they are
     * compared against (all of the test split when it holds fewer; the manifest records the number
     * used).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.metricSamples", defaultValue = "2000")
    private int metricSamples;

    /**
     * Measure sample quality every this many epochs and after the last; unset means on every epoch
     * that writes a sample grid ({@code gan.sampleInterval}), 0 turns the metrics off.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.metricInterval")
    private Integer metricInterval;

    /**
     * The share of the generated images a class must hold to count as covered.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.coverageShare", defaultValue = "0.02")
    private double coverageShare;

    @Override
    protected void run(GanLog log) throws MojoExecutionException {
        MetricSettings metricSettings =
                MetricSettings.of(
                        metrics, metricSamples, metricInterval, coverageShare, sampleInterval);
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment(experiment())
                        .description(description)
                        .seed(seed)
                        .epochs(epochs)
                        .batchSize(batchSize)
                        .learningRate(learningRate)
                        .gamma(gamma)
                        .beta1(beta1)
                        .beta2(beta2)
                        .latentSize(latentSize)
                        .generatorLayers(generatorLayers)
                        .discriminatorLayers(discriminatorLayers)
                        .weightInitStd(weightInitStd)
                        .realLabels(realLabels)
                        .fakeLabels(fakeLabels)
                        .sampleInterval(sampleInterval)
                        .threads(threads)
                        .checkpointInterval(checkpointInterval)
                        .checkpointKeep(checkpointKeep)
                        .build();
        DataOptions data =
                DataOptions.defaults(path(dataDirectory), dataCacheDirectory.toPath())
                        .withDownloadAllowed(download)
                        .withMirror(mirror());
        RunRequest request =
                new RunRequest(
                        config,
                        data,
                        outputDirectory.toPath(),
                        project.getBasedir().toPath(),
                        metricSettings);
        new TrainingRun(request, log)
                .archiveTo(archiveDirectory.toPath())
                .execute(failOnDivergence, resume);
    }

    private URI mirror() throws MojoExecutionException {
        try {
            URI uri = URI.create(dataMirror);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Parameter gan.dataMirror is '"
                            + dataMirror
                            + "': it must be an http or https URL of a directory holding the"
                            + " Fashion-MNIST .gz files.");
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath().normalize();
    }
}
