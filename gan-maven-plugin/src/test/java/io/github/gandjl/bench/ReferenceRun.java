package io.github.gandjl.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PyTorch reference script run as a child process, as DESIGN.md prescribes it: Debian's Python
 * with {@code python3-torch}, {@code OPENBLAS_NUM_THREADS=1}, the same thread count, batch and
 * seed.
 */
final class ReferenceRun {

    /** What one run of the script measured: its epochs' seconds and its peak resident size. */
    record Result(List<Double> seconds, double peakMb) {}

    private final Path python;
    private final Path script;
    private final Path data;

    ReferenceRun(Path python, Path script, Path data) {
        this.python = python;
        this.script = script;
        this.data = data;
    }

    /** Why the reference cannot run here, or null if it can. */
    String unavailableReason() {
        if (!Files.isExecutable(python)) {
            return python + " does not exist (apt-get install python3-torch libopenblas0-pthread)";
        }
        if (!Files.isRegularFile(script)) {
            return "the reference script " + script + " does not exist";
        }
        try {
            Process probe =
                    new ProcessBuilder(python.toString(), "-c", "import torch")
                            .redirectErrorStream(true)
                            .start();
            probe.getInputStream().readAllBytes();
            if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return python + " cannot import torch (apt-get install python3-torch)";
            }
        } catch (IOException e) {
            return python + " does not start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    /** Runs the script for some epochs, echoing each epoch's line. */
    Result run(int epochs, int batch, int threads, long seed, String indent)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(
                        python.toString(),
                        script.toString(),
                        "--data",
                        data.toString(),
                        "--epochs",
                        Integer.toString(epochs),
                        "--batch",
                        Integer.toString(batch),
                        "--threads",
                        Integer.toString(threads),
                        "--seed",
                        Long.toString(seed));
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        // VmHWM only grows, so the last reading before the process ends is its peak.
        double[] peak = {Double.NaN};
        Thread watcher =
                new Thread(
                        () -> {
                            while (process.isAlive()) {
                                double hwm = ProcessMemory.of(process.pid()).peakMb();
                                if (!Double.isNaN(hwm)) {
                                    peak[0] = hwm;
                                }
                                try {
                                    Thread.sleep(50);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        });
        watcher.setDaemon(true);
        watcher.start();
        List<Double> seconds = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] fields = line.split(",");
                if (fields.length == 4 && !fields[0].equals("epoch")) {
                    double s = Double.parseDouble(fields[3]);
                    seconds.add(s);
                    System.out.printf(
                            "%sreference epoch %s: %.3f s (loss G %s, D %s)%n",
                            indent, fields[0], s, fields[1], fields[2]);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("the reference exited with status " + process.exitValue());
        }
        watcher.join();
        return new Result(seconds, peak[0]);
    }
}
