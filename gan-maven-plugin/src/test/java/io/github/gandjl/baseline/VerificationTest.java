package io.github.gandjl.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.Environment;
import io.github.gandjl.run.LossesCsv;
import io.github.gandjl.run.Manifest;
import io.github.gandjl.run.ManifestJson;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.run.RunStatus;
import io.github.gandjl.run.TrainedRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real trained run held to a baseline written from it, and to baselines changed on purpose. */
class VerificationTest {

    private static final Tolerance TOLERANCE = new Tolerance(1e-4, 1e-6);

    @TempDir Path dir;

    private RunFiles run;
    private BaselineFiles baseline;

    @BeforeEach
    void writeBaseline() throws IOException {
        run = TrainedRuns.copyOfQuick(dir.resolve("runs"));
        baseline = BaselineFiles.of(dir.resolve("baselines"), "quick");
        BaselineWriter.write(
                read(),
                baseline,
                TOLERANCE,
                Instant.parse("2026-01-02T03:04:05Z"),
                GanLog.silent());
    }

    private FinishedRun read() {
        return FinishedRun.read(run, "quick", TrainedRuns.SEED, "verified");
    }

    private Verification.Verdict verify() {
        return Verification.verify(read(), baseline, TOLERANCE, GanLog.silent());
    }

    private String failure() {
        return assertThrows(GanFailure.class, this::verify).getMessage();
    }

    private String error() {
        return assertThrows(GanException.class, this::verify).getMessage();
    }

    /** Rewrites one cell of the baseline's losses.csv, returning the value it now holds. */
    private double changeBaselineCell(int epoch, String column, double factor) throws IOException {
        List<String> lines = Files.readAllLines(baseline.losses());
        String[] cells = lines.get(epoch).split(",");
        int c = RunFiles.LOSS_COLUMNS.indexOf(column);
        double value = Double.parseDouble(cells[c]) * factor;
        cells[c] = Double.toString(value);
        lines.set(epoch, String.join(",", cells));
        Files.writeString(baseline.losses(), String.join("\n", lines) + "\n");
        return value;
    }

    private void changeBaseline(java.util.function.UnaryOperator<Baseline> change) {
        BaselineJson.write(change.apply(BaselineJson.read(baseline.json())), baseline.json());
    }

    private static Baseline withEnvironment(Baseline b, Environment e) {
        return new Baseline(
                b.formatVersion(),
                b.experiment(),
                b.seed(),
                b.configuration(),
                e,
                b.data(),
                b.tolerance(),
                b.commit(),
                b.dirty(),
                b.createdAt());
    }

    private static Baseline withConfiguration(Baseline b, String key, String value) {
        Map<String, String> config = new LinkedHashMap<>(b.configuration());
        config.put(key, value);
        return new Baseline(
                b.formatVersion(),
                b.experiment(),
                b.seed(),
                config,
                b.environment(),
                b.data(),
                b.tolerance(),
                b.commit(),
                b.dirty(),
                b.createdAt());
    }

    private static Environment otherCpu(Environment e) {
        return new Environment(
                e.djlVersion(),
                e.pytorchVersion(),
                e.os(),
                e.arch(),
                "Some Other CPU",
                e.cpuFeatures(),
                e.threads(),
                e.javaVersion());
    }

    @Test
    void theBaselineIsTheRunsLossesAndHowTheyWereMade() throws IOException {
        assertArrayEquals(Files.readAllBytes(run.losses()), Files.readAllBytes(baseline.losses()));
        Baseline b = BaselineJson.read(baseline.json());
        Manifest m = ManifestJson.read(run.manifest());
        assertEquals(
                new Baseline(
                        1,
                        "quick",
                        42,
                        m.configuration(),
                        m.environment(),
                        m.data(),
                        TOLERANCE,
                        m.git().commit(),
                        m.git().dirty(),
                        Instant.parse("2026-01-02T03:04:05Z")),
                b);
        String json = Files.readString(baseline.json());
        assertTrue(
                json.contains("\"fingerprint\": \"" + m.environment().fingerprint() + "\""), json);
    }

    @Test
    void theRunItWasMadeFromPassesExactly() {
        Verification.Verdict verdict = verify();
        assertTrue(verdict.rule().exact());
        assertEquals(2, verdict.result().epochsCompared());
        assertEquals(0.0, verdict.result().largestDifference());
    }

    @Test
    void onTheSameEnvironmentTheLastBitCounts() throws IOException {
        List<LossesCsv.Row> rows = LossesCsv.read(baseline.losses());
        double expected = Math.nextUp(rows.get(1).value(2));
        List<String> lines = Files.readAllLines(baseline.losses());
        String[] cells = lines.get(2).split(",");
        cells[3] = Double.toString(expected);
        lines.set(2, String.join(",", cells));
        Files.writeString(baseline.losses(), String.join("\n", lines) + "\n");

        String message = failure();
        assertTrue(message.contains("Experiment quick"), message);
        assertTrue(message.contains("at epoch 2, column loss_g"), message);
        assertTrue(message.contains("expected " + expected), message);
        assertTrue(message.contains("actual " + rows.get(1).value(2)), message);
        assertTrue(message.contains("Rule: exact comparison"), message);
    }

    @Test
    void elsewhereRoundingPassesWithinTheTolerance() throws IOException {
        changeBaseline(b -> withEnvironment(b, otherCpu(b.environment())));
        changeBaselineCell(1, "d_real", 1 + 1e-6);
        Verification.Verdict verdict = verify();
        assertFalse(verdict.rule().exact());
        assertTrue(verdict.result().largestDifference() > 0);
    }

    @Test
    void elsewhereADriftFailsNamingTheToleranceAndTheEnvironment() throws IOException {
        changeBaseline(b -> withEnvironment(b, otherCpu(b.environment())));
        double expected = changeBaselineCell(2, "d_fake", 1.01);
        String message = failure();
        assertTrue(message.contains("at epoch 2, column d_fake"), message);
        assertTrue(message.contains("expected " + expected), message);
        assertTrue(message.contains("tolerance gan.tolerance = 1.0E-4,1.0E-6"), message);
        assertTrue(message.contains("cpuModel (baseline 'Some Other CPU', this run"), message);
        assertTrue(message.contains("allowed "), message);
    }

    @Test
    void aDifferentConfigurationIsNamed() {
        changeBaseline(
                b -> withConfiguration(withConfiguration(b, "epochs", "3"), "batchSize", "32"));
        String message = failure();
        assertTrue(message.contains("gan.epochs (baseline '3', this run '2')"), message);
        assertTrue(message.contains("gan.batchSize (baseline '32', this run '64')"), message);
    }

    @Test
    void anotherThreadCountIsAnEnvironmentNotAConfiguration() {
        changeBaseline(
                b -> {
                    Environment e = b.environment();
                    Baseline c = withConfiguration(b, "threads", "1");
                    return withEnvironment(
                            c,
                            new Environment(
                                    e.djlVersion(),
                                    e.pytorchVersion(),
                                    e.os(),
                                    e.arch(),
                                    e.cpuModel(),
                                    e.cpuFeatures(),
                                    1,
                                    e.javaVersion()));
                });
        Verification.Verdict verdict = verify();
        assertFalse(verdict.rule().exact());
        assertTrue(verdict.rule().describe().contains("threads (baseline '1', this run '2')"));
    }

    @Test
    void anUnfinishedRunIsRefused() {
        for (RunStatus status : List.of(RunStatus.RUNNING, RunStatus.FAILED, RunStatus.DIVERGED)) {
            Manifest m = ManifestJson.read(run.manifest());
            ManifestJson.write(
                    m.ended(status, Instant.now(), status == RunStatus.DIVERGED ? 2 : 0),
                    run.manifest());
            String message = error();
            assertTrue(
                    message.contains("cannot be verified")
                            && message.contains("it is " + status.id()),
                    message);
        }
    }

    @Test
    void aMissingRunSaysHowToMakeOne() throws IOException {
        RunFiles none = RunFiles.of(dir.resolve("empty"), "quick", 42);
        String message =
                assertThrows(
                                GanException.class,
                                () -> FinishedRun.read(none, "quick", 42, "verified"))
                        .getMessage();
        assertTrue(
                message.contains("There is no run of experiment quick")
                        && message.contains("gan:train"),
                message);
    }

    @Test
    void damagedRunFilesAreNamed() throws IOException {
        Files.writeString(
                run.losses(), Files.readString(run.losses()).replaceFirst("\n1,", "\n1,x"));
        String message = error();
        assertTrue(
                message.contains(run.losses().toString()) && message.contains("line 2"), message);

        Files.delete(run.losses());
        message = error();
        assertTrue(message.contains(run.losses() + " does not exist"), message);

        Files.writeString(
                run.manifest(),
                Files.readString(run.manifest())
                        .replace(
                                "\"formatVersion\": " + Manifest.FORMAT_VERSION,
                                "\"formatVersion\": 9"));
        message = error();
        assertTrue(
                message.contains(run.manifest().toString())
                        && message.contains("formatVersion is 9"),
                message);
    }

    @Test
    void aMissingOrDamagedBaselineIsNamed() throws IOException {
        Files.writeString(baseline.json(), "{\"formatVersion\": 1}", StandardCharsets.UTF_8);
        String message = error();
        assertTrue(
                message.contains(baseline.json().toString())
                        && message.contains("'configuration' is missing"),
                message);

        BaselineFiles none = BaselineFiles.of(dir.resolve("nothing"), "quick");
        message =
                assertThrows(
                                GanException.class,
                                () -> Verification.verify(read(), none, TOLERANCE, GanLog.silent()))
                        .getMessage();
        assertTrue(
                message.contains("no baseline for experiment quick")
                        && message.contains("gan:baseline"),
                message);
    }
}
