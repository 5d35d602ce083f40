package io.github.gandjl.data;

import io.github.gandjl.common.GanException;

/**
 * The dataset could not be found, fetched or read. The message names the file, directory or URL,
 * what was found and what was expected.
 */
public final class DataException extends GanException {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
