package org.ramp.metrics;

import java.util.Objects;

/** One run of one model, as read from a file. */
public record ModelRun(String model, RunMeasures measures) {
    public ModelRun {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(measures, "measures");
    }
}
