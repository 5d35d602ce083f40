package io.github.gandjl.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a main class of the test class path in a JVM of its own, for the cross-JVM tests. */
public final class JavaProcess {

    private JavaProcess() {}

    /** Starts {@code main} with {@code args}, appending its output to {@code log}. */
    public static Process start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /**
     * Waits for the process and fails with its log unless it exited with 0.
     *
     * @throws AssertionError if it took over five minutes or failed
     */
    public static void awaitSuccess(Process process, Path log) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the JVM did not finish within five minutes");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(
                    "the JVM exited with " + process.exitValue() + ":\n" + read(log));
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
