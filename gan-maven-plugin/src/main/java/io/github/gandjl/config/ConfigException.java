package io.github.gandjl.config;

import io.github.gandjl.common.GanException;

/** A parameter whose value is not allowed; the message names it, the value and what is allowed. */
public final class ConfigException extends GanException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String parameter, Object value, String allowed) {
        super(
                "Parameter gan."
                        + parameter
                        + " is "
                        + describe(value)
                        + ": "
                        + allowed
                        + " Set it in the experiment's profile or with -Dgan."
                        + parameter
                        + "=<value>.");
    }

    private static String describe(Object value) {
        if (value == null) {
            return "not set";
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? "empty" : "'" + text + "'";
    }
}
