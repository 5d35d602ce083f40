package io.github.gandjl.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validated, immutable description of one training run: the recipe's hyperparameters, the
 * experiment it belongs to and the seed that drives every random draw. Build it with {@link
 * #builder()}; {@link Builder#build()} refuses any value the recipe cannot run with.
 */
public record TrainingConfig(
        String experiment,
        String description,
        long seed,
        int epochs,
        int batchSize,
        double learningRate,
        double gamma,
        double beta1,
        double beta2,
        int latentSize,
        List<Integer> generatorLayers,
        List<Integer> discriminatorLayers,
        double weightInitStd,
        LabelRange realLabels,
        LabelRange fakeLabels,
        int sampleInterval,
        int threads,
        int checkpointInterval,
        int checkpointKeep) {

    /** Names that stay inside the output directory when used as a path segment. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public TrainingConfig {
        generatorLayers = List.copyOf(generatorLayers);
        discriminatorLayers = List.copyOf(discriminatorLayers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a checkpoint is written after this (1-based) epoch. */
    public boolean isCheckpointEpoch(int epoch) {
        return epoch % checkpointInterval == 0 || epoch == epochs;
    }

    /** Whether a sample grid is written after this (1-based) epoch. */
    public boolean isSampleEpoch(int epoch) {
        return epoch % sampleInterval == 0 || epoch == epochs;
    }

    /** The learning rate in force during an epoch: ExponentialLR stepped once after each epoch. */
    public double learningRateAt(int epoch) {
        return learningRate * Math.pow(gamma, epoch - 1);
    }

    /**
     * Every parameter that shapes the run's numbers, by its {@code gan.} name, as text. Recorded in
     * the manifest and compared on resume and in reports. The experiment and description name the
     * run, and checkpointing only decides how much a crash costs: neither changes the numbers, so
     * they are left out.
     */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("seed", Long.toString(seed));
        map.put("epochs", Integer.toString(epochs));
        map.put("batchSize", Integer.toString(batchSize));
        map.put("learningRate", Double.toString(learningRate));
        map.put("gamma", Double.toString(gamma));
        map.put("beta1", Double.toString(beta1));
        map.put("beta2", Double.toString(beta2));
        map.put("latentSize", Integer.toString(latentSize));
        map.put("generatorLayers", joined(generatorLayers));
        map.put("discriminatorLayers", joined(discriminatorLayers));
        map.put("weightInitStd", Double.toString(weightInitStd));
        map.put("realLabels", realLabels.toString());
        map.put("fakeLabels", fakeLabels.toString());
        map.put("sampleInterval", Integer.toString(sampleInterval));
        map.put("threads", Integer.toString(threads));
        return map;
    }

    private static String joined(List<Integer> sizes) {
        StringBuilder text = new StringBuilder();
        for (Integer size : sizes) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(size);
        }
        return text.toString();
    }

    /** Collects raw values (as the Mojo or a test has them) and validates them all at once. */
    public static final class Builder {
        private String experiment;
        private String description = "";
        private long seed = 42;
        private int epochs = 500;
        private int batchSize = 64;
        private double learningRate = 2e-4;
        private double gamma = 0.99;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private int latentSize = 100;
        private String generatorLayers = "128";
        private String discriminatorLayers = "128";
        private double weightInitStd = 0.02;
        private String realLabels = "0.9,1.0";
        private String fakeLabels = "0.0,0.1";
        private int sampleInterval = 10;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int checkpointInterval = 1;
        private int checkpointKeep = 2;

        private Builder() {}

        public Builder experiment(String value) {
            experiment = value;
            return this;
        }

        public Builder description(String value) {
            description = value == null ? "" : value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder gamma(double value) {
            gamma = value;
            return this;
        }

        public Builder beta1(double value) {
            beta1 = value;
            return this;
        }

        public Builder beta2(double value) {
            beta2 = value;
            return this;
        }

        public Builder latentSize(int value) {
            latentSize = value;
            return this;
        }

        /** Hidden layer sizes of the generator, comma-separated, such as {@code 256,512}. */
        public Builder generatorLayers(String value) {
            generatorLayers = value;
            return this;
        }

        /** Hidden layer sizes of the discriminator, comma-separated, such as {@code 512,256}. */
        public Builder discriminatorLayers(String value) {
            discriminatorLayers = value;
            return this;
        }

        public Builder weightInitStd(double value) {
            weightInitStd = value;
            return this;
        }

        /** The range real labels are drawn from, as {@code min,max}. */
        public Builder realLabels(String value) {
            realLabels = value;
            return this;
        }

        /** The range fake labels are drawn from, as {@code min,max}. */
        public Builder fakeLabels(String value) {
            fakeLabels = value;
            return this;
        }

        public Builder sampleInterval(int value) {
            sampleInterval = value;
            return this;
        }

        /** Native threads for libtorch; 0 means one per available processor. */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** A checkpoint every this many epochs, and after the last. */
        public Builder checkpointInterval(int value) {
            checkpointInterval = value;
            return this;
        }

        /** How many of the newest checkpoints are kept. */
        public Builder checkpointKeep(int value) {
            checkpointKeep = value;
            return this;
        }

        public TrainingConfig build() {
            if (experiment == null || !SAFE_NAME.matcher(experiment).matches()) {
                throw new ConfigException(
                        "experiment",
                        experiment,
                        "it names the run's directory, so it must be 1 to 100 letters, digits,"
                                + " '.', '_' or '-', starting with a letter or digit.");
            }
            positive("epochs", epochs);
            positive("batchSize", batchSize);
            positive("sampleInterval", sampleInterval);
            positive("latentSize", latentSize);
            positive("checkpointInterval", checkpointInterval);
            positive("checkpointKeep", checkpointKeep);
            if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
                throw new ConfigException(
                        "learningRate", learningRate, "it must be a positive finite number.");
            }
            if (!(gamma > 0 && gamma <= 1)) {
                throw new ConfigException(
                        "gamma", gamma, "the learning-rate decay must lie in (0, 1].");
            }
            beta("beta1", beta1);
            beta("beta2", beta2);
            if (!(weightInitStd > 0) || !Double.isFinite(weightInitStd)) {
                throw new ConfigException(
                        "weightInitStd", weightInitStd, "it must be a positive finite number.");
            }
            if (threads < 0) {
                throw new ConfigException(
                        "threads",
                        threads,
                        "it must be 1 or more, or 0 for one per available processor.");
            }
            int resolvedThreads =
                    threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
            return new TrainingConfig(
                    experiment,
                    description,
                    seed,
                    epochs,
                    batchSize,
                    learningRate,
                    gamma,
                    beta1,
                    beta2,
                    latentSize,
                    layers("generatorLayers", generatorLayers),
                    layers("discriminatorLayers", discriminatorLayers),
                    weightInitStd,
                    range("realLabels", realLabels),
                    range("fakeLabels", fakeLabels),
                    sampleInterval,
                    resolvedThreads,
                    checkpointInterval,
                    checkpointKeep);
        }

        private static void positive(String name, int value) {
            if (value <= 0) {
                throw new ConfigException(name, value, "it must be a whole number of 1 or more.");
            }
        }

        private static void beta(String name, double value) {
            if (!(value >= 0 && value < 1)) {
                throw new ConfigException(name, value, "Adam's betas must lie in [0, 1).");
            }
        }

        private static List<Integer> layers(String name, String text) {
            String allowed =
                    "it must list one or more hidden layer sizes, each a whole number of 1 or"
                            + " more, separated by commas (for example 256,512).";
            if (text == null || text.isBlank()) {
                throw new ConfigException(name, text, allowed);
            }
            String[] parts = text.split(",", -1);
            Integer[] sizes = new Integer[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    sizes[i] = Integer.valueOf(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new ConfigException(name, text, allowed);
                }
                if (sizes[i] <= 0) {
                    throw new ConfigException(name, text, allowed);
                }
            }
            return List.of(sizes);
        }

        private static LabelRange range(String name, String text) {
            String allowed =
                    "it must be two numbers 'min,max' with 0 <= min <= max <= 1 (for example"
                            + " 0.9,1.0).";
            if (text == null) {
                throw new ConfigException(name, null, allowed);
            }
            String[] parts = text.split(",", -1);
            if (parts.length != 2) {
                throw new ConfigException(name, text, allowed);
            }
            double min;
            double max;
            try {
                min = Double.parseDouble(parts[0].trim());
                max = Double.parseDouble(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(name, text, allowed);
            }
            if (!(min >= 0 && min <= max && max <= 1)) {
                throw new ConfigException(name, text, allowed);
            }
            return new LabelRange(min, max);
        }
    }
}
