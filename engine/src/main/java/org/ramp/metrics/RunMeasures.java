package org.ramp.metrics;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a run measured: the six stage scores and its totals. {@code seconds} is the wall clock of the
 * whole run (T), {@code costUsd} its cost (C), {@code tokensRamp} the tokens as RAMP sums them (K,
 * {@link TokenUsage#rampSum()}), {@code tokensCorrected} every token once
 * ({@link TokenUsage#corrected()}), empty when only RAMP's sum is known (the published CSV).
 */
public record RunMeasures(StageScores scores, double seconds, double costUsd, long tokensRamp,
        OptionalLong tokensCorrected) {

    public RunMeasures {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(tokensCorrected, "tokensCorrected");
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be a number 0 or more, not " + seconds);
        }
        if (!(costUsd >= 0) || Double.isInfinite(costUsd)) {
            throw new IllegalArgumentException("cost must be a number of USD 0 or more, not " + costUsd);
        }
        if (tokensRamp < 0 || tokensCorrected.orElse(0) < 0) {
            throw new IllegalArgumentException("token counts must be 0 or more, not " + tokensRamp + " and "
                    + tokensCorrected);
        }
    }

    /** A run whose token usage is known in detail: both counts from it. */
    public static RunMeasures of(StageScores scores, double seconds, double costUsd, TokenUsage tokens) {
        return new RunMeasures(scores, seconds, costUsd, tokens.rampSum(), OptionalLong.of(tokens.corrected()));
    }
}
