package io.github.gandjl.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine and software a run was made on: what can make two runs' numbers differ when their
 * configuration and seed are the same.
 *
 * @param cpuFeatures the widest vector instruction set the CPU reports (avx512f, avx2, avx, sse4_2,
 *     neon or unknown): libtorch picks its kernels by it; followed by {@code
 *     (ATEN_CPU_CAPABILITY=x)} when that variable caps libtorch's choice
 */
public record Environment(
        String djlVersion,
        String pytorchVersion,
        String os,
        String arch,
        String cpuModel,
        String cpuFeatures,
        int threads,
        String javaVersion) {

    private static final List<String> VECTOR_LEVELS =
            List.of("avx512f", "avx2", "avx", "sse4_2", "asimd");

    /** This JVM's environment, with the engine's versions and thread count. */
    public static Environment current(String djlVersion, String pytorchVersion, int threads) {
        String cpuinfo = readCpuinfo();
        return new Environment(
                djlVersion,
                pytorchVersion,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                cpuModel(cpuinfo),
                kernelLevel(cpuFeatures(cpuinfo), System.getenv(ATEN_CAPABILITY)),
                threads,
                Runtime.version().toString());
    }

    private static String readCpuinfo() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * libtorch reads this variable to use kernels below what the CPU offers; its kernels, and so
     * the numbers, change with it, so it is part of the recorded level.
     */
    static final String ATEN_CAPABILITY = "ATEN_CPU_CAPABILITY";

    static String kernelLevel(String cpuFeatures, String atenCapability) {
        if (atenCapability == null || atenCapability.isBlank()) {
            return cpuFeatures;
        }
        return cpuFeatures + " (" + ATEN_CAPABILITY + "=" + atenCapability.trim() + ")";
    }

    static String cpuModel(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            if (line.startsWith("model name")) {
                int colon = line.indexOf(':');
                return colon < 0 ? "unknown" : line.substring(colon + 1).trim();
            }
        }
        return "unknown";
    }

    static String cpuFeatures(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            if (line.startsWith("flags") || line.startsWith("Features")) {
                List<String> flags =
                        List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
                for (String level : VECTOR_LEVELS) {
                    if (flags.contains(level)) {
                        return level.equals("asimd") ? "neon" : level;
                    }
                }
            }
        }
        return "unknown";
    }

    /** A short text that differs whenever numbers may legitimately differ. */
    public String fingerprint() {
        return String.join(
                        " | ",
                        cpuModel,
                        cpuFeatures,
                        threads + " threads",
                        "DJL " + djlVersion,
                        "PyTorch " + pytorchVersion,
                        os,
                        arch)
                .toLowerCase(Locale.ROOT);
    }
}
