package org.ramp.results;

import java.util.List;
import java.util.Map;

/**
 * RAMP's metrics of a run, in both views: the resurrected one (every stage as graded) and the strict
 * end-to-end one (everything from the first failed stage among T0–T3 counts 0).
 *
 * @param aeiComponents the five clipped scores AEI is the mean of: stage, meanReward, time, cost, tokens
 */
public record RunMetrics(double pipelineScore, double meanReward, double passScore, int stage, double aei,
        Map<String, Double> aeiComponents, double strictScore, List<Double> strictStageScores) {

    public RunMetrics {
        aeiComponents = Map.copyOf(aeiComponents);
        strictStageScores = List.copyOf(strictStageScores);
    }
}
