package io.github.gandjl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds a process has used, all threads, from {@code /proc/<pid>/stat}. On a machine shared
 * with other work, wall-clock seconds measure the contention as much as the code; CPU seconds of a
 * single-threaded run do not.
 */
final class CpuTime {

    /** Linux's USER_HZ, the unit of utime and stime, is 100 on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {}

    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double self() {
        return seconds(ProcessHandle.current().pid());
    }
}
