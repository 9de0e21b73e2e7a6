package org.ramp.gates;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a gate's threshold is compared with. */
public enum Baseline {
    /** The run's own value. */
    ABSOLUTE("absolute"),
    /** The run's value minus the value of the reference run of the same name (a delta). */
    REFERENCE("reference");

    private final String id;

    Baseline(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
