package io.github.gandjl.run;

import java.util.Locale;

/** Where a run stands, as recorded in its manifest. */
public enum RunStatus {
    RUNNING,
    FINISHED,
    DIVERGED,
    FAILED;

    /** The manifest's spelling. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the manifest's spelling, or returns null if it names no status. */
    public static RunStatus fromId(String id) {
        for (RunStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        return null;
    }
}
