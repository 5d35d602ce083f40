package io.github.gandjl.baseline;

import io.github.gandjl.run.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which differences between two environments can change a run's numbers. The CPU model and its
 * vector instruction level pick libtorch's kernels, the thread count splits its reductions, and the
 * DJL and PyTorch versions are the code itself. The operating system's version and the Java version
 * are left out: the kernel does no arithmetic, and the JVM computes only the learning-rate
 * schedule, whose differences the comparison would show anyway.
 */
public final class EnvironmentMatch {

    private EnvironmentMatch() {}

    /** One entry per field that differs, as {@code name (baseline 'x', this run 'y')}. */
    public static List<String> differences(Environment baseline, Environment run) {
        List<String> out = new ArrayList<>();
        compare(out, "cpuModel", baseline.cpuModel(), run.cpuModel());
        compare(out, "cpuFeatures", baseline.cpuFeatures(), run.cpuFeatures());
        compare(out, "arch", baseline.arch(), run.arch());
        compare(out, "threads", baseline.threads(), run.threads());
        compare(out, "djlVersion", baseline.djlVersion(), run.djlVersion());
        compare(out, "pytorchVersion", baseline.pytorchVersion(), run.pytorchVersion());
        return out;
    }

    private static void compare(List<String> out, String name, Object baseline, Object run) {
        if (!Objects.equals(baseline, run)) {
            out.add(name + " (baseline '" + baseline + "', this run '" + run + "')");
        }
    }
}
