package org.ramp.results;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a stage's program was given to read: "cannot reach" versus "cannot solve". */
public enum InputSource {
    /** T0 (reads nothing), or a stage that was not reached. */
    NONE("none"),
    /** The agent's own outputs of the previous stage, which passed. */
    AGENT("agent"),
    /** Golden inputs because the previous stage failed: reached by resurrection. */
    RESURRECTION("resurrection"),
    /** Golden inputs by the run's mode (golden-inputs), whatever the previous stage did. */
    GOLDEN("golden");

    private final String id;

    InputSource(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
