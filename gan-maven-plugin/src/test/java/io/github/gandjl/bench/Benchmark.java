package io.github.gandjl.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.model.Discriminator;
import io.github.gandjl.model.Generator;
import io.github.gandjl.train.EngineSetup;
import io.github.gandjl.train.EpochResult;
import io.github.gandjl.train.GanTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our trainer against the PyTorch reference, alternately, in one process tree: {@code rounds}
 * times, the reference trains {@code epochs} epochs in a fresh Python process, then our trainer
 * (one instance for the whole benchmark) trains its next {@code epochs} epochs. Then it prints
 * seconds per epoch of each, their ratio, the fraction of the engine's matrix-multiply throughput
 * our epochs achieve, and resident sizes.
 *
 * <p>Options ({@code --name value}): data, python, reference, rounds (3), epochs (2), batch (64),
 * threads (2), seed (42), warmup (0: epochs our trainer trains first, untimed; when set, the first
 * epoch of each reference process is not counted either), no-reference (false). See {@code
 * scripts/benchmark.sh}.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data", "/usr/share/datasets/fashion-mnist"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int epochs = Integer.parseInt(options.getOrDefault("epochs", "2"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "64"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));

        ReferenceRun reference =
                new ReferenceRun(
                        Path.of(options.getOrDefault("python", "/usr/bin/python3")),
                        Path.of(options.getOrDefault("reference", "seed_gan.py")),
                        data);
        String unavailable =
                options.containsKey("no-reference")
                        ? "--no-reference was given"
                        : reference.unavailableReason();
        if (unavailable != null) {
            System.out.println(
                    "The reference does not run: " + unavailable + ". Our figures alone.");
        }

        Path cache = Files.createTempDirectory("gan-bench");
        Images train =
                Dataset.locate(
                                DataOptions.defaults(data, cache).withSystemDirectories(List.of()),
                                GanLog.silent())
                        .images(Split.TRAIN);
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment("benchmark")
                        .seed(seed)
                        .batchSize(batch)
                        .threads(threads)
                        .epochs(warmup + rounds * epochs)
                        .build();
        int[] g =
                toArray(
                        Generator.sizes(
                                config.latentSize(), config.generatorLayers(), train.imageSize()));
        int[] d = toArray(Discriminator.sizes(train.imageSize(), config.discriminatorLayers()));
        long epochFlops = RecipeMatmuls.flopsPerEpoch(train.count(), batch, g, d);
        System.out.printf(
                "Recipe: G %s, D %s, batch %d, %d threads, %d images: %.1f GFLOP of matrix"
                        + " products per epoch (%.1f MFLOP per full step)%n",
                java.util.Arrays.toString(g),
                java.util.Arrays.toString(d),
                batch,
                threads,
                train.count(),
                epochFlops / 1e9,
                RecipeMatmuls.flops(RecipeMatmuls.ofStep(batch, g, d)) / 1e6);

        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        double referencePeak = Double.NaN;
        double machineGflops;
        Map<Integer, ProcessMemory> memory = new HashMap<>();
        try (GanTrainer trainer = new GanTrainer(config, train)) {
            Engine engine = EngineSetup.start(threads);
            machineGflops = 0;
            int epoch = 0;
            // The first epochs of a JVM run slower (JIT compilation, Java heap pages touched for
            // the first time): --warmup trains them before the timed rounds.
            for (; epoch < warmup; ) {
                epoch++;
                EpochResult result = trainer.trainEpoch(epoch);
                memory.put(epoch, ProcessMemory.self());
                System.out.printf(
                        "  warm-up   epoch %d: %.3f s (not counted)%n", epoch, result.seconds());
            }
            for (int round = 1; round <= rounds; round++) {
                System.out.println("Round " + round + " of " + rounds);
                if (unavailable == null) {
                    ReferenceRun.Result result = reference.run(epochs, batch, threads, seed, "  ");
                    // Each round is a new Python process: with --warmup, its first epoch is
                    // its warm-up, as ours were.
                    List<Double> timed = result.seconds();
                    theirs.addAll(
                            warmup > 0 && timed.size() > 1
                                    ? timed.subList(1, timed.size())
                                    : timed);
                    referencePeak =
                            Double.isNaN(referencePeak)
                                    ? result.peakMb()
                                    : Math.max(referencePeak, result.peakMb());
                }
                // Measured every round and the best kept: on a shared machine a single
                // measurement may fall on a moment when another process holds a core.
                double gflops = throughput(engine, RecipeMatmuls.ofStep(batch, g, d));
                machineGflops = Math.max(machineGflops, gflops);
                System.out.printf(
                        "  engine's matrix-multiply throughput on the recipe's shapes, %d threads:"
                                + " %.1f GFLOP/s%n",
                        threads, gflops);
                for (int i = 0; i < epochs; i++) {
                    epoch++;
                    EpochResult result = trainer.trainEpoch(epoch);
                    ours.add(result.seconds());
                    ProcessMemory now = ProcessMemory.self();
                    memory.put(epoch, now);
                    System.out.printf(
                            "  ours      epoch %d: %.3f s (loss G %.6f, D %.6f)  RSS %.0f MB, peak"
                                    + " %.0f MB, Java heap committed %.0f MB%n",
                            epoch,
                            result.seconds(),
                            result.lossG(),
                            result.lossD(),
                            now.residentMb(),
                            now.peakMb(),
                            Runtime.getRuntime().totalMemory() / 1048576.0);
                }
            }
        }

        Stats our = Stats.of(ours);
        System.out.println();
        System.out.println("Seconds per epoch, ours:      " + our + "  " + Stats.list(ours));
        if (!theirs.isEmpty()) {
            Stats ref = Stats.of(theirs);
            System.out.println("Seconds per epoch, reference: " + ref + "  " + Stats.list(theirs));
            System.out.printf(
                    "Ratio ours / reference (medians): %.2f  (target: at most 0.40)%n",
                    our.median() / ref.median());
        }
        double achieved = epochFlops / our.median() / 1e9;
        System.out.printf(
                "Matrix-multiply throughput: %.1f GFLOP/s achieved in our median epoch, %.1f"
                        + " GFLOP/s available (best measured): fraction %.2f  (target: at least"
                        + " 0.50)%n",
                achieved, machineGflops, achieved / machineGflops);
        ProcessMemory last = ProcessMemory.self();
        System.out.printf(
                "Resident size of our JVM: peak (VmHWM) %.0f MB (target: under 1536 MB)%n",
                last.peakMb());
        int lastEpoch = warmup + rounds * epochs;
        if (memory.containsKey(5) && lastEpoch > 5) {
            double at5 = memory.get(5).residentMb();
            double atLast = memory.get(lastEpoch).residentMb();
            System.out.printf(
                    "Resident size after epoch 5: %.0f MB, after epoch %d: %.0f MB (%+.1f%%; target"
                            + " within 5%%)%n",
                    at5, lastEpoch, atLast, 100 * (atLast - at5) / at5);
        }
        if (!Double.isNaN(referencePeak)) {
            System.out.printf("Resident size of the reference: peak %.0f MB%n", referencePeak);
        }
    }

    private static double throughput(Engine engine, List<RecipeMatmuls.Matmul> products) {
        try (NDManager manager = engine.newBaseManager()) {
            return MatmulThroughput.measure(manager, products, 100);
        }
    }

    private static int[] toArray(List<Integer> sizes) {
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("no-reference")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
