package org.ramp.gates;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a failed gate means for the build, as warnings-ng's quality gates mean it. */
public enum Criticality {
    /** Reported, the build result stays. */
    NOTE("note"),
    /** The build becomes unstable. */
    UNSTABLE("unstable"),
    /** The build fails. */
    FAILURE("failure");

    private final String id;

    Criticality(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    GateOutcome outcome() {
        return switch (this) {
            case NOTE -> GateOutcome.NOTE;
            case UNSTABLE -> GateOutcome.UNSTABLE;
            case FAILURE -> GateOutcome.FAILURE;
        };
    }
}
