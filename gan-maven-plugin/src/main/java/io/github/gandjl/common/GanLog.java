package io.github.gandjl.common;

/**
 * The few logging calls the core needs, so that it runs and is tested without Maven. The Mojos pass
 * an adapter over Maven's {@code Log}; tests pass a list or a no-op.
 */
public interface GanLog {

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log that drops everything. */
    static GanLog silent() {
        return new GanLog() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void debug(String message) {}
        };
    }
}
