package org.ramp.workload;

import java.util.Map;

/** A stage's grader and its parameters, as the workload file gives them. */
public record GraderSpec(GraderKind kind, Map<String, Double> weights) {

    public GraderSpec {
        weights = Map.copyOf(weights);
    }

    public double weight(String name) {
        Double value = weights.get(name);
        if (value == null) {
            throw new IllegalArgumentException("grader " + kind.id() + " has no weight " + name);
        }
        return value;
    }
}
