package io.github.gandjl.common;

/**
 * A problem the user can act on: bad configuration, a missing or broken file, an engine fault. Its
 * message names the parameter or file, the value found and what is allowed or expected; the Mojos
 * turn it into a {@code MojoExecutionException}.
 */
public class GanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GanException(String message) {
        super(message);
    }

    public GanException(String message, Throwable cause) {
        super(message, cause);
    }
}
