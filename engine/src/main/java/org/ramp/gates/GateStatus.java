package org.ramp.gates;

import com.fasterxml.jackson.annotation.JsonValue;

/** How one gate went for one run. */
public enum GateStatus {
    PASSED("passed"),
    FAILED("failed"),
    /**
     * A reference gate without a reference value (no reference run, or it lacks the run or the metric):
     * not checked, and not failed.
     */
    NO_REFERENCE("no-reference");

    private final String id;

    GateStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
