package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import java.nio.file.Path;

/** Resolves git revisions (branch, tag, {@code HEAD~2}, a hash) to full commit hashes. */
public final class GitRevisions {

    private GitRevisions() {}

    /**
     * The full hash of the commit that {@code revision} names in the repository holding {@code
     * directory}.
     *
     * @param parameter the parameter the revision came from, for the error message
     * @throws GanException naming the revision when the clone does not have it, with how to fetch
     *     more history when the clone is shallow
     */
    public static String resolve(Path directory, String revision, String parameter) {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GanException(
                    "Parameter "
                            + parameter
                            + " holds the revision '"
                            + revision
                            + "': a revision is a branch, tag, commit hash or expression such as"
                            + " HEAD~1.");
        }
        if (GitProbe.run(directory, "git", "rev-parse", "--git-dir") == null) {
            throw new GanException(
                    "Parameter "
                            + parameter
                            + " names git revisions, but "
                            + directory
                            + " is not in a git work tree (or git is not installed): compare run"
                            + " directories with -Dgan.runs=<dir>,<dir> instead.");
        }
        String hash =
                GitProbe.run(
                        directory,
                        "git",
                        "rev-parse",
                        "--verify",
                        "--quiet",
                        revision + "^{commit}");
        if (hash != null && !hash.isBlank()) {
            return hash.trim();
        }
        String shallow = GitProbe.run(directory, "git", "rev-parse", "--is-shallow-repository");
        boolean isShallow = shallow != null && shallow.trim().equals("true");
        throw new GanException(
                "Parameter "
                        + parameter
                        + " names the revision '"
                        + revision
                        + "', which this clone ("
                        + directory
                        + ") does not have. "
                        + (isShallow
                                ? "The clone is shallow: fetch the history with `git fetch"
                                        + " --unshallow` (on GitHub Actions, give actions/checkout"
                                        + " `fetch-depth: 0`), or fetch the branch with `git fetch"
                                        + " origin "
                                        + revision
                                        + "`."
                                : "Check the name, or fetch it with `git fetch origin "
                                        + revision
                                        + "`."));
    }
}
