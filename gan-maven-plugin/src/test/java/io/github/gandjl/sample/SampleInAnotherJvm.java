package io.github.gandjl.sample;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.RunFiles;
import java.nio.file.Path;

/** Samples a run from a JVM of its own, for the test that the bytes do not depend on the JVM. */
public final class SampleInAnotherJvm {

    private SampleInAnotherJvm() {}

    /** Arguments: run directory, sample seed, count. */
    public static void main(String[] args) {
        Sampler.sample(
                new SampleRequest(
                        new RunFiles(Path.of(args[0])),
                        Long.parseLong(args[1]),
                        Integer.parseInt(args[2]),
                        true,
                        true,
                        10),
                GanLog.silent());
    }
}
