package io.github.gandjl.metrics;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.util.Map;

/**
 * What the shipped evaluator is and how it was made, stored beside its weights as {@code
 * evaluator.json}: enough to retrain it bit for bit on the same machine and to tell two evaluators
 * apart (metrics are only comparable when measured with the same {@link #weightsSha256()}).
 *
 * @param architecture {@link EvaluatorNetwork#ARCHITECTURE}
 * @param seed the training seed
 * @param epochs training epochs over the 60,000 training images
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param threads libtorch threads used while training (bit-identical retraining needs the same)
 * @param dataSha256 SHA-256 of the decompressed content of each Fashion-MNIST file used, by name
 * @param testAccuracy share of the 10,000 test images classified correctly
 * @param weightsSha256 SHA-256 of {@code evaluator.params}
 * @param command how the weights were made
 * @param trainingSeconds wall-clock time of training, for the record
 */
public record EvaluatorDescriptor(
        String architecture,
        long seed,
        int epochs,
        int batchSize,
        double learningRate,
        int threads,
        Map<String, String> dataSha256,
        double testAccuracy,
        String weightsSha256,
        String command,
        double trainingSeconds) {

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public EvaluatorDescriptor {
        dataSha256 = Map.copyOf(dataSha256);
    }

    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    /**
     * @throws IllegalArgumentException if the text is not a complete descriptor
     */
    public static EvaluatorDescriptor fromJson(String json) {
        EvaluatorDescriptor descriptor;
        try {
            descriptor = GSON.fromJson(json, EvaluatorDescriptor.class);
        } catch (JsonParseException | NullPointerException e) {
            throw new IllegalArgumentException("not an evaluator descriptor: " + e.getMessage(), e);
        }
        if (descriptor == null
                || descriptor.architecture() == null
                || descriptor.weightsSha256() == null) {
            throw new IllegalArgumentException(
                    "not an evaluator descriptor: architecture or weightsSha256 missing");
        }
        return descriptor;
    }
}
