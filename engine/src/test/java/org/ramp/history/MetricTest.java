package org.ramp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ramp.report.RunResultFixtures;
import org.ramp.results.RunResult;

/** Which way each metric is better, its names, and its value in a summary (absent unless final). */
class MetricTest {
    private final RunResult run = RunResultFixtures.realistic();
    private final RunSummary summary = SummaryFixtures.of(run, "a");

    @Test
    void scoresAreBetterHigherAndCostsLower() {
        assertThat(Arrays.stream(Metric.values()).filter(Metric::higherIsBetter)).containsExactly(Metric.AEI,
                Metric.MEAN_REWARD, Metric.PIPELINE_SCORE, Metric.PASS_SCORE, Metric.STRICT_SCORE, Metric.STAGE_SCORE);
        assertThat(Arrays.stream(Metric.values()).filter(metric -> !metric.higherIsBetter())).containsExactly(
                Metric.COST, Metric.TOKENS, Metric.TOKENS_RAMP, Metric.TIME, Metric.CALLS, Metric.MODEL_FAILURES,
                Metric.INFRASTRUCTURE_FAILURES);
        assertThat(Arrays.stream(Metric.values()).filter(Metric::needsStage)).containsExactly(Metric.STAGE_SCORE);
    }

    @Test
    void namesIgnoreCaseDashesAndUnderscores() {
        assertThat(Metric.named("AEI")).isEqualTo(Metric.AEI);
        assertThat(Metric.named("aei")).isEqualTo(Metric.AEI);
        assertThat(Metric.named("meanReward")).isEqualTo(Metric.MEAN_REWARD);
        assertThat(Metric.named("MEAN_REWARD")).isEqualTo(Metric.MEAN_REWARD);
        assertThat(Metric.named("mean-reward")).isEqualTo(Metric.MEAN_REWARD);
        assertThat(Metric.named("stage")).isEqualTo(Metric.STAGE_SCORE);
        assertThat(Metric.named("STAGE_SCORE")).isEqualTo(Metric.STAGE_SCORE);
        assertThat(Metric.named("costUsd")).isEqualTo(Metric.COST);
        assertThat(Metric.named("seconds")).isEqualTo(Metric.TIME);
        assertThat(Metric.named("tokensCorrected")).isEqualTo(Metric.TOKENS);
        assertThat(Metric.named("INFRASTRUCTURE_FAILURES")).isEqualTo(Metric.INFRASTRUCTURE_FAILURES);
        assertThat(Metric.named("aeix")).isNull();
        assertThat(Metric.named("")).isNull();
        assertThat(Metric.named(null)).isNull();
        assertThat(Metric.ids()).isEqualTo("aei, meanReward, pipelineScore, passScore, strictScore, stage, cost, "
                + "tokens, tokensRamp, time, calls, modelFailures, infrastructureFailures");
    }

    @Test
    void valuesOfACompletedRunAreItsFigures() {
        assertThat(Metric.AEI.valueIn(summary, null)).isEqualTo(run.metrics().aei());
        assertThat(Metric.MEAN_REWARD.valueIn(summary, null)).isEqualTo(run.metrics().meanReward());
        assertThat(Metric.PIPELINE_SCORE.valueIn(summary, null)).isEqualTo(run.metrics().pipelineScore());
        assertThat(Metric.PASS_SCORE.valueIn(summary, null)).isEqualTo(run.metrics().passScore());
        assertThat(Metric.STRICT_SCORE.valueIn(summary, null)).isEqualTo(run.metrics().strictScore());
        assertThat(Metric.STAGE_SCORE.valueIn(summary, "T2")).isEqualTo(87.4);
        assertThat(Metric.COST.valueIn(summary, null)).isEqualTo(run.totals().usage().costUsd());
        assertThat(Metric.TOKENS.valueIn(summary, null)).isEqualTo((double) run.totals().usage().tokensCorrected());
        assertThat(Metric.TOKENS_RAMP.valueIn(summary, null)).isEqualTo((double) run.totals().usage().tokensRamp());
        assertThat(Metric.TIME.valueIn(summary, null)).isEqualTo(run.totals().seconds());
        assertThat(Metric.CALLS.valueIn(summary, null)).isEqualTo((double) run.totals().usage().calls());
        assertThat(Metric.MODEL_FAILURES.valueIn(summary, null)).isEqualTo(2.0);
        assertThat(Metric.INFRASTRUCTURE_FAILURES.valueIn(summary, null)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = "STAGE_SCORE", mode = EnumSource.Mode.EXCLUDE)
    void aRunThatDidNotCompleteHasNoRunLevelValue(Metric metric) {
        RunSummary running = SummaryFixtures.of(RunResultFixtures.running(), null);
        assertThat(running.totals()).isNotNull(); // partial totals are there, but not final
        assertThat(metric.valueIn(running, null)).isNull();
        assertThat(metric.whyAbsent(running, null)).isEqualTo("is running (its " + metric.label()
                + " is known when it completes)");
    }

    @Test
    void aStageScoreIsFinalAsSoonAsTheStageHasAResult() {
        RunSummary running = SummaryFixtures.of(RunResultFixtures.running(), null);
        assertThat(Metric.STAGE_SCORE.valueIn(running, "T2")).isEqualTo(87.4);
        assertThat(Metric.STAGE_SCORE.valueIn(running, "T3")).isNull();
        assertThat(Metric.STAGE_SCORE.whyAbsent(running, "T3")).isEqualTo("has no result for stage T3");
    }
}
