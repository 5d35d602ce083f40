package io.github.gandjl.run;

/**
 * The commit a run was made from.
 *
 * @param commit the full hash of HEAD, or null if the project is not in a git work tree
 * @param dirty whether tracked files differed from HEAD when the run started
 */
public record GitState(String commit, boolean dirty) {

    public static final GitState NONE = new GitState(null, false);
}
