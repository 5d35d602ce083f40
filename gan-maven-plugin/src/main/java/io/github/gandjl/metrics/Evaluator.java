package io.github.gandjl.metrics;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.gandjl.common.GanException;
import io.github.gandjl.data.Images;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The trained judge: gives the features (penultimate layer) and class probabilities of 28x28
 * images. The shipped weights are checked against their descriptor's SHA-256 before use, and that
 * checksum goes with every metric, so numbers measured by different evaluators are never compared.
 *
 * <p>Native memory: the weights live in this evaluator's manager until {@link #close()}; each call
 * works in a sub-manager closed before it returns, so only Java arrays come back.
 */
public final class Evaluator implements AutoCloseable {

    static final String WEIGHTS_RESOURCE = "evaluator.params";
    static final String DESCRIPTOR_RESOURCE = "evaluator.json";

    /** Images per forward pass: bounds the native memory of one call. */
    private static final int CHUNK = 500;

    private final NDManager manager;
    private final boolean ownsManager;
    private final EvaluatorNetwork network;
    private final String weightsSha256;

    private Evaluator(
            NDManager manager, boolean ownsManager, EvaluatorNetwork network, String sha256) {
        this.manager = manager;
        this.ownsManager = ownsManager;
        this.network = network;
        this.weightsSha256 = sha256;
    }

    /** Wraps a network whose arrays someone else owns (the training command's). */
    static Evaluator of(EvaluatorNetwork network, String weightsSha256) {
        NDManager manager = network.parameters().get(0).getManager();
        return new Evaluator(manager, false, network, weightsSha256);
    }

    /** The descriptor shipped in the plugin jar. */
    public static EvaluatorDescriptor shippedDescriptor() {
        return EvaluatorDescriptor.fromJson(
                new String(resource(DESCRIPTOR_RESOURCE), StandardCharsets.UTF_8));
    }

    /**
     * Loads the weights shipped in the plugin jar into the running engine (start it first).
     *
     * @throws GanException if the weights are missing or do not match their descriptor
     */
    public static Evaluator loadShipped(Engine engine) {
        EvaluatorDescriptor descriptor = shippedDescriptor();
        byte[] weights = resource(WEIGHTS_RESOURCE);
        String sha256 = sha256(weights);
        if (!sha256.equals(descriptor.weightsSha256())) {
            throw new GanException(
                    "The evaluator weights in the plugin jar have SHA-256 "
                            + sha256
                            + " but their descriptor expects "
                            + descriptor.weightsSha256()
                            + "; the plugin jar is damaged. Rebuild the plugin.");
        }
        NDManager manager = engine.newBaseManager();
        try {
            return new Evaluator(
                    manager,
                    true,
                    EvaluatorNetwork.fromParameters(NDList.decode(manager, weights)),
                    sha256);
        } catch (RuntimeException e) {
            manager.close();
            throw new GanException("Cannot load the evaluator weights: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the weights, which identifies this evaluator in every recorded metric. */
    public String weightsSha256() {
        return weightsSha256;
    }

    /**
     * What the evaluator sees in some images.
     *
     * @param features (n, {@value EvaluatorNetwork#FEATURES}) row-major
     * @param probabilities (n, {@value EvaluatorNetwork#CLASSES}) row-major, each row summing to 1
     */
    public record Judged(int count, double[] features, double[] probabilities) {}

    /** Judges generated images: {@code count} images of 784 pixels in [-1, 1]. */
    public Judged judge(float[] pixels, int count) {
        try (NDManager scratch = manager.newSubManager()) {
            NDArray images = scratch.create(pixels, new Shape(count, pixelsPerImage()));
            return judge(scratch, images, count);
        }
    }

    /** Judges dataset images: unsigned bytes, scaled to [-1, 1] as the trainer scales them. */
    public Judged judge(Images images) {
        try (NDManager scratch = manager.newSubManager()) {
            return judge(scratch, scaled(scratch, images.pixels(), images.count()), images.count());
        }
    }

    private Judged judge(NDManager scratch, NDArray images, int count) {
        double[] features = new double[count * EvaluatorNetwork.FEATURES];
        double[] probabilities = new double[count * EvaluatorNetwork.CLASSES];
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            try (NDManager chunk = scratch.newSubManager()) {
                NDArray part = images.get(chunk, new ai.djl.ndarray.index.NDIndex(from + ":" + to));
                EvaluatorNetwork.Output output = network.forward(part);
                copy(output.features(), features, from * EvaluatorNetwork.FEATURES);
                copy(output.logits().softmax(1), probabilities, from * EvaluatorNetwork.CLASSES);
            }
        }
        return new Judged(count, features, probabilities);
    }

    private static void copy(NDArray array, double[] target, int offset) {
        float[] values = array.toFloatArray();
        for (int i = 0; i < values.length; i++) {
            target[offset + i] = values[i];
        }
    }

    /** Share of images whose most probable class is their label. */
    public double accuracy(Images images, byte[] labels) {
        Judged judged = judge(images);
        int correct = 0;
        for (int i = 0; i < judged.count(); i++) {
            if (ClassCoverage.predicted(judged.probabilities(), i) == labels[i]) {
                correct++;
            }
        }
        return (double) correct / judged.count();
    }

    /** Pixels in [-1, 1] as float32 (n, 784), computed as the trainer does: x / 127.5 - 1. */
    static NDArray scaled(NDManager manager, byte[] pixels, int count) {
        try (NDManager scratch = manager.newSubManager()) {
            NDArray raw =
                    scratch.create(
                            ByteBuffer.wrap(pixels),
                            new Shape(count, pixelsPerImage()),
                            DataType.UINT8);
            NDArray scaled = raw.toType(DataType.FLOAT32, false).divi(127.5f).subi(1f);
            scaled.attach(manager);
            return scaled;
        }
    }

    private static long pixelsPerImage() {
        return (long) EvaluatorNetwork.SIDE * EvaluatorNetwork.SIDE;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Evaluator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new GanException(
                        "The evaluator resource "
                                + name
                                + " is missing from the plugin jar (expected beside "
                                + Evaluator.class.getName()
                                + "); rebuild the plugin.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GanException("Cannot read the evaluator resource " + name + ": " + e, e);
        }
    }

    /** Arrays on the evaluator's own manager: its weights, and nothing a call left behind. */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    @Override
    public void close() {
        if (ownsManager) {
            manager.close();
        }
    }
}
