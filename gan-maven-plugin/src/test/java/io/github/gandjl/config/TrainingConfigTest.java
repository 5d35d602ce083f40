package io.github.gandjl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every value the recipe cannot run with is refused before anything runs, with a message that names
 * the {@code gan.} parameter, the value and what is allowed.
 */
class TrainingConfigTest {

    /** A builder that would succeed, so each test changes exactly one thing. */
    private static TrainingConfig.Builder valid() {
        return TrainingConfig.builder().experiment("quick");
    }

    /** Builds with one change, expects a refusal, and checks what its message says. */
    private static void refused(
            UnaryOperator<TrainingConfig.Builder> change,
            String parameter,
            String value,
            String allowed) {
        ConfigException e =
                assertThrows(ConfigException.class, () -> change.apply(valid()).build());
        String message = e.getMessage();
        assertTrue(message.contains("gan." + parameter + " "), message);
        assertTrue(message.contains(value), () -> "lacks the value " + value + ": " + message);
        assertTrue(message.contains(allowed), () -> "lacks what is allowed: " + message);
        assertTrue(message.contains("-Dgan." + parameter + "="), message);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void nonPositiveCountsAreRefused(int value) {
        String allowed = "whole number of 1 or more";
        refused(b -> b.epochs(value), "epochs", "'" + value + "'", allowed);
        refused(b -> b.batchSize(value), "batchSize", "'" + value + "'", allowed);
        refused(b -> b.sampleInterval(value), "sampleInterval", "'" + value + "'", allowed);
        refused(b -> b.latentSize(value), "latentSize", "'" + value + "'", allowed);
    }

    @ParameterizedTest
    @ValueSource(
            doubles = {0.0, -2e-4, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void learningRateMustBePositiveAndFinite(double value) {
        refused(
                b -> b.learningRate(value),
                "learningRate",
                "'" + value + "'",
                "positive finite number");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, 1.5, 1.0000001, Double.NaN})
    void gammaMustLieInZeroToOne(double value) {
        refused(b -> b.gamma(value), "gamma", "'" + value + "'", "(0, 1]");
    }

    @Test
    void gammaOfOneKeepsTheLearningRateConstant() {
        TrainingConfig config = valid().gamma(1.0).build();
        assertEquals(1.0, config.gamma());
        assertEquals(config.learningRate(), config.learningRateAt(300));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
    void betasMustLieInZeroToOneExclusive(double value) {
        refused(b -> b.beta1(value), "beta1", "'" + value + "'", "[0, 1)");
        refused(b -> b.beta2(value), "beta2", "'" + value + "'", "[0, 1)");
    }

    @Test
    void betasOfZeroAreAccepted() {
        TrainingConfig config = valid().beta1(0).beta2(0).build();
        assertEquals(0.0, config.beta1());
        assertEquals(0.0, config.beta2());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "0", "-3", "a,b", "128,", ",128", "128,,64", "1.5", "99999999999"})
    void malformedLayerSizesAreRefused(String value) {
        String allowed = "hidden layer sizes";
        refused(b -> b.generatorLayers(value), "generatorLayers", quoted(value), allowed);
        refused(b -> b.discriminatorLayers(value), "discriminatorLayers", quoted(value), allowed);
    }

    @Test
    void unsetLayerSizesAreRefused() {
        refused(b -> b.generatorLayers(null), "generatorLayers", "not set", "hidden layer sizes");
    }

    @Test
    void layerSizesAreParsedInOrder() {
        TrainingConfig config =
                valid().generatorLayers("256, 512").discriminatorLayers("512,256").build();
        assertEquals(List.of(256, 512), config.generatorLayers());
        assertEquals(List.of(512, 256), config.discriminatorLayers());
        assertEquals("256,512", config.parameters().get("generatorLayers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.9", "1.1,0.9", "-0.1,0.1", "x,y", "0.9,1.1", "0.1,0.2,0.3", ""})
    void malformedLabelRangesAreRefused(String value) {
        String allowed = "0 <= min <= max <= 1";
        refused(b -> b.realLabels(value), "realLabels", quoted(value), allowed);
        refused(b -> b.fakeLabels(value), "fakeLabels", quoted(value), allowed);
    }

    @Test
    void labelRangesAreParsed() {
        TrainingConfig config = valid().realLabels("0.8, 1").fakeLabels("0,0").build();
        assertEquals(new LabelRange(0.8, 1.0), config.realLabels());
        assertEquals(new LabelRange(0.0, 0.0), config.fakeLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", "a/b", "a\\b", "", ".hidden", "-x", "a b"})
    void experimentNamesThatLeaveTheOutputDirectoryAreRefused(String value) {
        refused(b -> b.experiment(value), "experiment", quoted(value), "names the run's directory");
    }

    @Test
    void anUnsetExperimentIsRefused() {
        refused(b -> b.experiment(null), "experiment", "not set", "names the run's directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quick", "seed-mlp", "readme_mlp3", "v1.2"})
    void ordinaryExperimentNamesAreAccepted(String value) {
        assertEquals(value, valid().experiment(value).build().experiment());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativeThreadsAreRefused(int value) {
        refused(b -> b.threads(value), "threads", "'" + value + "'", "0 for one per available");
    }

    @Test
    void zeroThreadsMeansOnePerProcessor() {
        assertEquals(
                Runtime.getRuntime().availableProcessors(), valid().threads(0).build().threads());
        assertEquals(3, valid().threads(3).build().threads());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.02, Double.NaN, Double.POSITIVE_INFINITY})
    void weightInitStdMustBePositiveAndFinite(double value) {
        refused(
                b -> b.weightInitStd(value),
                "weightInitStd",
                "'" + value + "'",
                "positive finite number");
    }

    /** DESIGN.md's original recipe, which the seed-mlp experiment runs without overrides. */
    @Test
    void defaultsAreTheOriginalRecipe() {
        TrainingConfig config = valid().build();
        assertEquals(42, config.seed());
        assertEquals(500, config.epochs());
        assertEquals(64, config.batchSize());
        assertEquals(2e-4, config.learningRate());
        assertEquals(0.99, config.gamma());
        assertEquals(0.9, config.beta1());
        assertEquals(0.999, config.beta2());
        assertEquals(100, config.latentSize());
        assertEquals(List.of(128), config.generatorLayers());
        assertEquals(List.of(128), config.discriminatorLayers());
        assertEquals(0.02, config.weightInitStd());
        assertEquals(new LabelRange(0.9, 1.0), config.realLabels());
        assertEquals(new LabelRange(0.0, 0.1), config.fakeLabels());
        assertEquals(10, config.sampleInterval());
        assertEquals(Runtime.getRuntime().availableProcessors(), config.threads());
        assertEquals("", config.description());
    }

    /**
     * Everything but the names of the run and its checkpointing shapes its numbers, so the manifest
     * records it all.
     */
    @Test
    void parametersListEveryParameterButTheRunsNamesAndCheckpointing() {
        Set<String> components =
                Arrays.stream(TrainingConfig.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
        components.removeAll(
                Set.of("experiment", "description", "checkpointInterval", "checkpointKeep"));
        TrainingConfig config = valid().build();
        assertEquals(components, new TreeSet<>(config.parameters().keySet()));
        assertEquals("500", config.parameters().get("epochs"));
        assertEquals("2.0E-4", config.parameters().get("learningRate"));
        assertEquals("0.9,1.0", config.parameters().get("realLabels"));
    }

    @Test
    void theLearningRateDecaysOncePerEpoch() {
        TrainingConfig config = valid().learningRate(0.1).gamma(0.5).build();
        assertEquals(0.1, config.learningRateAt(1));
        assertEquals(0.05, config.learningRateAt(2));
        assertEquals(0.025, config.learningRateAt(3));
    }

    @Test
    void samplesAreDueEveryIntervalAndAfterTheLastEpoch() {
        TrainingConfig config = valid().epochs(25).sampleInterval(10).build();
        List<Integer> due =
                java.util.stream.IntStream.rangeClosed(1, 25)
                        .filter(config::isSampleEpoch)
                        .boxed()
                        .collect(Collectors.toList());
        assertEquals(List.of(10, 20, 25), due);
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "empty" : "'" + value + "'";
    }
}
