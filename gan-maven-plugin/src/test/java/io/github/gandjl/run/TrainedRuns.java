package io.github.gandjl.run;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real finished run for the tests that read runs: the quick experiment (2 epochs on the committed
 * subset), trained once per test JVM. Tests that change files work on a copy.
 */
public final class TrainedRuns {

    public static final long SEED = 42;

    private static RunFiles quick;

    private TrainedRuns() {}

    public static synchronized RunFiles quick() {
        if (quick == null) {
            try {
                Path out = Files.createTempDirectory("gan-trained-runs");
                TrainingConfig config =
                        TrainingConfig.builder()
                                .experiment("quick")
                                .seed(SEED)
                                .epochs(2)
                                .sampleInterval(1)
                                .threads(2)
                                .build();
                Path subset = Path.of(System.getProperty("gan.subset.directory"));
                DataOptions data =
                        DataOptions.defaults(subset, subset)
                                .withSystemDirectories(List.of())
                                .withDownloadAllowed(false);
                new TrainingRun(new RunRequest(config, data, out, Path.of("")), GanLog.silent())
                        .execute(true);
                quick = RunFiles.of(out, "quick", SEED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return quick;
    }

    /** A copy of the quick run under {@code <outputDirectory>/quick/seed-42}. */
    public static RunFiles copyOfQuick(Path outputDirectory) throws IOException {
        RunFiles copy = RunFiles.of(outputDirectory, "quick", SEED);
        Path source = quick().directory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.directory().resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
