package org.ramp.metrics;

/**
 * The five scores the Agent Efficiency Index averages, each clipped to [0, 100]: stage/5 x 100, MR,
 * (Ts - T)/Ts x 100, (Cs - C)/Cs x 100 and (Ks - K)/Ks x 100, where K is RAMP's token sum.
 */
public record AeiComponents(double stage, double meanReward, double time, double cost, double tokens) {

    public static AeiComponents of(RunMeasures run, AeiScales scales, MeanRewardRounding rounding) {
        StageScores scores = run.scores();
        return new AeiComponents(
                clip(scores.stage() / 5.0 * 100),
                clip(rounding.apply(scores.meanReward())),
                clip(remainingShare(run.seconds(), scales.seconds())),
                clip(remainingShare(run.costUsd(), scales.costUsd())),
                clip(remainingShare(run.tokensRamp(), scales.tokens())));
    }

    /** AEI: the mean of the five. */
    public double mean() {
        return (stage + meanReward + time + cost + tokens) / 5;
    }

    private static double remainingShare(double spent, double scale) {
        return (scale - spent) / scale * 100;
    }

    private static double clip(double score) {
        return Math.max(0, Math.min(100, score));
    }
}
