package org.ramp.workload;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How T4 turns a correct program's cost into a score, from the reference's cost (clang -O2's IR) and the
 * candidate's. Both give 100 at the reference's cost or below.
 */
public enum CostFormula {
    /**
     * 100 x reference / cost: twice the reference's instructions score 50. The default: on the 100 programs
     * the -O0 IR unchanged scores 41 (fails), mem2reg alone 61 and opt -O1 93 (README, "T4's score").
     */
    RATIO("ratio") {
        @Override
        public double score(long reference, long cost) {
            return Math.min(100, 100.0 * reference / cost);
        }
    },
    /** RAMP's 100 x sqrt(reference / cost): four times the reference's instructions score 50. */
    RAMP_SQRT("ramp-sqrt") {
        @Override
        public double score(long reference, long cost) {
            return Math.min(100, 100 * Math.sqrt((double) reference / cost));
        }
    };

    private final String id;

    CostFormula(String id) {
        this.id = id;
    }

    /** The score, 0 to 100, of a correct program that executed {@code cost} (> 0) instructions. */
    public abstract double score(long reference, long cost);

    public String id() {
        return id;
    }

    public static Optional<CostFormula> byId(String id) {
        return Arrays.stream(values()).filter(formula -> formula.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return Arrays.stream(values()).map(CostFormula::id).collect(Collectors.joining(", "));
    }
}
