package io.github.gandjl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident sizes from {@code /proc/<pid>/status}: current (VmRSS) and peak (VmHWM), in MB. */
record ProcessMemory(double residentMb, double peakMb) {

    static ProcessMemory of(long pid) {
        try {
            double rss = Double.NaN;
            double hwm = Double.NaN;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kilobytes(line) / 1024;
                }
            }
            return new ProcessMemory(rss, hwm);
        } catch (IOException e) {
            // Not Linux, or the process has gone: report nothing rather than a guess.
            return new ProcessMemory(Double.NaN, Double.NaN);
        }
    }

    static ProcessMemory self() {
        return of(ProcessHandle.current().pid());
    }

    private static double kilobytes(String line) {
        return Double.parseDouble(line.replaceAll("[^0-9]", ""));
    }
}
