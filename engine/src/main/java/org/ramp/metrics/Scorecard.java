package org.ramp.metrics;

/** Every RAMP metric of one run; {@link #aei()} uses the unrounded MR. */
public record Scorecard(double pipelineScore, double meanReward, double passScore, int stage, double strictScore,
        AeiComponents aeiComponents) {

    public static Scorecard of(RunMeasures run, AeiScales scales) {
        StageScores scores = run.scores();
        return new Scorecard(scores.pipelineScore(), scores.meanReward(), scores.passScore(), scores.stage(),
                scores.strictScore(), AeiComponents.of(run, scales, MeanRewardRounding.NONE));
    }

    /** The Agent Efficiency Index. */
    public double aei() {
        return aeiComponents.mean();
    }
}
