package org.ramp.workload;

import java.util.Map;
import java.util.Optional;

/**
 * A stage's grader and its parameters, as the workload file gives them.
 *
 * @param formula T4's scoring formula ({@code "formula"} of an ir-cost grader); empty for other graders
 */
public record GraderSpec(GraderKind kind, Map<String, Double> weights, Optional<CostFormula> formula) {

    public GraderSpec {
        weights = Map.copyOf(weights);
    }

    public GraderSpec(GraderKind kind, Map<String, Double> weights) {
        this(kind, weights, Optional.empty());
    }

    public double weight(String name) {
        Double value = weights.get(name);
        if (value == null) {
            throw new IllegalArgumentException("grader " + kind.id() + " has no weight " + name);
        }
        return value;
    }

    /** T4's formula: the one the workload names, else {@link CostFormula#RATIO}. */
    public CostFormula costFormula() {
        return formula.orElse(CostFormula.RATIO);
    }
}
