package io.github.gandjl.common;

/**
 * An outcome the user asked the build to enforce, such as a run that diverged or drifted from its
 * baseline. The Mojos turn it into a {@code MojoFailureException}.
 */
public class GanFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GanFailure(String message) {
        super(message);
    }
}
