package io.github.gandjl.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.train.EngineSetup;
import io.github.gandjl.train.EpochResult;
import io.github.gandjl.train.GanTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where a step's time goes: each matrix product of the step timed alone, and epochs of the trainer
 * on the first {@code images} training images, in wall-clock and CPU seconds. {@code StepProfile
 * <dataDir> <threads> <images> <epochs>}.
 */
public final class StepProfile {

    private StepProfile() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int epochs = Integer.parseInt(args[3]);
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        Images all =
                Dataset.locate(
                                DataOptions.defaults(data, Files.createTempDirectory("gan-prof"))
                                        .withSystemDirectories(List.of()),
                                GanLog.silent())
                        .images(Split.TRAIN);
        Images train =
                new Images(
                        count,
                        all.rows(),
                        all.cols(),
                        Arrays.copyOf(all.pixels(), count * all.imageSize()));
        int[] g = {100, 128, 784};
        int[] d = {784, 128, 1};
        Engine engine = EngineSetup.start(threads);
        double total = 0;
        try (NDManager manager = engine.newBaseManager()) {
            for (RecipeMatmuls.Matmul p : RecipeMatmuls.ofStep(batch, g, d)) {
                if (p.flops() < 1e6) {
                    continue;
                }
                double gflops = MatmulThroughput.measure(manager, List.of(p), 300);
                total += p.flops() / gflops / 1e3;
                System.out.printf(
                        "  %-22s %6.1f GFLOP/s  %6.1f us%n", p, gflops, p.flops() / gflops / 1e3);
            }
        }
        System.out.printf("matrix products of one step, each alone: %.0f us%n", total);
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment("profile")
                        .threads(threads)
                        .batchSize(batch)
                        .build();
        try (GanTrainer trainer = new GanTrainer(config, train)) {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                double cpu = CpuTime.self();
                EpochResult result = trainer.trainEpoch(epoch);
                double steps = Math.ceil(count / (double) batch);
                System.out.printf(
                        "epoch %d: %.3f s wall, %.2f s CPU, %.0f us wall per step; loss G %s D %s%n",
                        epoch,
                        result.seconds(),
                        CpuTime.self() - cpu,
                        result.seconds() / steps * 1e6,
                        result.lossG(),
                        result.lossD());
            }
        }
        ProcessMemory memory = ProcessMemory.self();
        System.out.printf("RSS %.0f MB, peak %.0f MB%n", memory.residentMb(), memory.peakMb());
    }
}
