package io.github.gandjl.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks git which commit a directory is at and whether its tracked files are modified. */
public final class GitProbe {

    private static final long TIMEOUT_SECONDS = 20;

    private GitProbe() {}

    /** The state of the work tree holding {@code directory}; {@link GitState#NONE} outside one. */
    public static GitState probe(Path directory) {
        String head = run(directory, "git", "rev-parse", "--verify", "HEAD");
        if (head == null || head.isBlank()) {
            return GitState.NONE;
        }
        String status = run(directory, "git", "status", "--porcelain", "--untracked-files=no");
        return new GitState(head.trim(), status == null || !status.isBlank());
    }

    /** The command's standard output, or null if it could not run or failed. */
    static String run(Path directory, String... command) {
        try {
            Process process =
                    new ProcessBuilder(List.of(command))
                            .directory(directory.toFile())
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            process.getOutputStream().close();
            String out = read(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
