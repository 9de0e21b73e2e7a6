package org.ramp.results;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a stage ended. */
public enum StageStatus {
    PASSED("passed"),
    FAILED("failed"),
    /** Strict mode after a failure: the stage never ran and scores 0. */
    NOT_REACHED("not-reached");

    private final String id;

    StageStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
