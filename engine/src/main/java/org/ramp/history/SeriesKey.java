package org.ramp.history;

import com.fasterxml.jackson.annotation.JsonValue;

/** What one series of a trend chart follows across builds. */
public enum SeriesKey {
    /** The run's name ({@code rampRun}'s name), as gates match a run with its reference. */
    NAME("name"),
    /** The model, whatever the run was called. */
    MODEL("model");

    private final String id;

    SeriesKey(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    String of(RunSummary run) {
        if (this == MODEL) {
            return run.model() == null || run.model().isBlank() ? "(no model)" : run.model();
        }
        return run.name();
    }
}
