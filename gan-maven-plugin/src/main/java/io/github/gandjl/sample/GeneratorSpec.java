package io.github.gandjl.sample;

import io.github.gandjl.common.GanException;
import io.github.gandjl.run.Manifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator's shape and thread count, as the run's manifest records them: {@code latentSize},
 * {@code generatorLayers} and {@code threads} of its configuration.
 *
 * @param hiddenLayers the generator's hidden layer sizes
 * @param threads libtorch threads the run used; sampling uses the same so its bytes match
 */
public record GeneratorSpec(int latentSize, List<Integer> hiddenLayers, int threads) {

    public GeneratorSpec {
        hiddenLayers = List.copyOf(hiddenLayers);
    }

    public static GeneratorSpec of(Manifest manifest, Path manifestFile) {
        int latent = positive(manifest, manifestFile, "latentSize");
        int threads = positive(manifest, manifestFile, "threads");
        String layers = value(manifest, manifestFile, "generatorLayers");
        List<Integer> hidden = new ArrayList<>();
        for (String part : layers.split(",", -1)) {
            hidden.add(positive(manifestFile, "generatorLayers", layers, part.trim()));
        }
        return new GeneratorSpec(latent, hidden, threads);
    }

    private static int positive(Manifest manifest, Path file, String key) {
        String text = value(manifest, file, key);
        return positive(file, key, text, text);
    }

    private static int positive(Path file, String key, String whole, String part) {
        try {
            int n = Integer.parseInt(part);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GanException(
                "The run manifest "
                        + file
                        + " is not valid: configuration."
                        + key
                        + " is '"
                        + whole
                        + "', expected whole numbers of 1 or more.");
    }

    private static String value(Manifest manifest, Path file, String key) {
        String text = manifest.configuration().get(key);
        if (text == null) {
            throw new GanException(
                    "The run manifest "
                            + file
                            + " is not valid: its configuration has no '"
                            + key
                            + "', which sampling needs to rebuild the generator.");
        }
        return text;
    }
}
