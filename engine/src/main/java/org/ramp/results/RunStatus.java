package org.ramp.results;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a run is. */
public enum RunStatus {
    RUNNING("running"),
    COMPLETED("completed"),
    /** Stopped by Ctrl-C, SIGTERM or a crash of the engine; {@code ramp run --resume} continues it. */
    INTERRUPTED("interrupted");

    private final String id;

    RunStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
