package org.ramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AeiComponentsTest {
    private static final StageScores GPT = StageScores.of(100, 100, 100, 100, 48.25, 0);

    private static RunMeasures run(StageScores scores, double seconds, double cost, long tokens) {
        return new RunMeasures(scores, seconds, cost, tokens, OptionalLong.empty());
    }

    @Test
    void eachComponentFollowsItsFormula() {
        AeiComponents c = AeiComponents.of(run(GPT, 5000, 50, 75_000_000), AeiScales.RAMP, MeanRewardRounding.NONE);
        assertThat(c.stage()).isCloseTo(60, within(1e-9));
        assertThat(c.meanReward()).isCloseTo(GPT.meanReward(), within(1e-9));
        assertThat(c.time()).isCloseTo(75, within(1e-9));
        assertThat(c.cost()).isCloseTo(75, within(1e-9));
        assertThat(c.tokens()).isCloseTo(75, within(1e-9));
        assertThat(c.mean()).isCloseTo((60 + GPT.meanReward() + 3 * 75) / 5, within(1e-9));
    }

    @Test
    void overspendingClipsAtZeroAndNothingSpentScores100() {
        AeiComponents over = AeiComponents.of(run(GPT, 40000, 300, 900_000_000), AeiScales.RAMP, MeanRewardRounding.NONE);
        assertThat(over.time()).isZero();
        assertThat(over.cost()).isZero();
        assertThat(over.tokens()).isZero();
        AeiComponents free = AeiComponents.of(run(GPT, 0, 0, 0), AeiScales.RAMP, MeanRewardRounding.NONE);
        assertThat(free.time()).isEqualTo(100);
        assertThat(free.cost()).isEqualTo(100);
        assertThat(free.tokens()).isEqualTo(100);
    }

    @Test
    void allFullAndFreeGivesAei100AndAllZeroOverBudgetGives0() {
        StageScores full = StageScores.of(100, 100, 100, 100, 100, 100);
        assertThat(Scorecard.of(run(full, 0, 0, 0), AeiScales.RAMP).aei()).isEqualTo(100);
        StageScores none = StageScores.of(0, 0, 0, 0, 0, 0);
        assertThat(Scorecard.of(run(none, 20000, 200, 300_000_000), AeiScales.RAMP).aei()).isZero();
    }

    @Test
    void theMeanRewardCanEnterRoundedToTwoDecimals() {
        RunMeasures run = run(GPT, 0, 0, 0);
        assertThat(GPT.meanReward()).isCloseTo(65.9128, within(0.0001));
        assertThat(AeiComponents.of(run, AeiScales.RAMP, MeanRewardRounding.TWO_DECIMALS).meanReward()).isEqualTo(65.91);
    }

    @Test
    void scalesAreConfigurableAndMustBePositive() {
        AeiComponents c = AeiComponents.of(run(GPT, 50, 1, 1000), new AeiScales(100, 4, 4000), MeanRewardRounding.NONE);
        assertThat(c.time()).isEqualTo(50);
        assertThat(c.cost()).isEqualTo(75);
        assertThat(c.tokens()).isEqualTo(75);
        assertThatThrownBy(() -> new AeiScales(0, 200, 3e8)).hasMessageContaining("time scale (seconds) must be a number greater than 0, not 0.0");
        assertThatThrownBy(() -> new AeiScales(20000, -1, 3e8)).hasMessageContaining("cost scale (USD)");
        assertThatThrownBy(() -> new AeiScales(20000, 200, Double.NaN)).hasMessageContaining("token scale");
    }

    @Test
    void theScorecardHoldsEveryMetric() {
        Scorecard card = Scorecard.of(RunMeasures.of(GPT, 5440.69, 8.770572, new TokenUsage(20_000_000, 2_000_000, 0,
                179_194, 0)), AeiScales.RAMP);
        assertThat(card.pipelineScore()).isCloseTo(GPT.pipelineScore(), within(1e-12));
        assertThat(card.passScore()).isCloseTo(GPT.passScore(), within(1e-12));
        assertThat(card.strictScore()).isCloseTo(GPT.pipelineScore(), within(1e-12));
        assertThat(card.stage()).isEqualTo(3);
        assertThat(card.aei()).isCloseTo(card.aeiComponents().mean(), within(1e-12));
    }

    @Test
    void runMeasuresRejectNegativeTotals() {
        assertThatThrownBy(() -> run(GPT, -1, 0, 0)).hasMessageContaining("seconds");
        assertThatThrownBy(() -> run(GPT, 0, -0.5, 0)).hasMessageContaining("cost");
        assertThatThrownBy(() -> run(GPT, 0, 0, -3)).hasMessageContaining("token counts");
        assertThat(RunMeasures.of(GPT, 1, 1, new TokenUsage(10, 4, 1, 5, 2)).tokensCorrected()).hasValue(15);
    }
}
