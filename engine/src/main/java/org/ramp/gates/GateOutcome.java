package org.ramp.gates;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of a set of gates: the worst criticality among the gates that failed, in increasing order. */
public enum GateOutcome {
    /** No gate failed. */
    NONE("none"),
    NOTE("note"),
    UNSTABLE("unstable"),
    FAILURE("failure");

    private final String id;

    GateOutcome(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Whether the build result changes: an UNSTABLE or FAILURE gate failed (a note does not count). */
    public boolean changesBuildResult() {
        return this == UNSTABLE || this == FAILURE;
    }

    GateOutcome worse(GateOutcome other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
