package org.ramp.grading;

import java.util.List;

/**
 * A stage's score: the mean of its case scores (0 when it has none), and whether it reaches the
 * stage's pass threshold.
 */
public record StageScore(double score, boolean passed, List<CaseScore> cases) {

    public StageScore {
        cases = List.copyOf(cases);
    }

    public static StageScore of(List<CaseScore> cases, double passThreshold) {
        double mean = cases.stream().mapToDouble(CaseScore::score).average().orElse(0);
        return new StageScore(mean, mean >= passThreshold, cases);
    }

    /** The reason of the first case that lost points, or "ok". */
    public String firstProblem() {
        return cases.stream().filter(c -> !c.isFull()).map(CaseScore::reason).findFirst().orElse("ok");
    }
}
