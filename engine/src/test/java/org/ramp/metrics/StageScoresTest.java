package org.ramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Every score formula of RAMP.md on hand-made cases. */
class StageScoresTest {
    private static final Offset<Double> EXACT = within(1e-9);

    @Test
    void allFullScoresEverythingFull() {
        StageScores all = StageScores.of(100, 100, 100, 100, 100, 100);
        assertThat(all.pipelineScore()).isCloseTo(100, EXACT);
        assertThat(all.meanReward()).isCloseTo(100, EXACT);
        assertThat(all.passScore()).isCloseTo(100, EXACT);
        assertThat(all.stage()).isEqualTo(5);
        assertThat(all.strictScore()).isCloseTo(100, EXACT);
    }

    @Test
    void allZeroScoresZero() {
        StageScores none = StageScores.of(0, 0, 0, 0, 0, 0);
        assertThat(none.pipelineScore()).isZero();
        assertThat(none.meanReward()).isZero();
        assertThat(none.passScore()).isZero();
        assertThat(none.stage()).isZero();
        assertThat(none.strictScore()).isZero();
    }

    @Test
    void anEarlyFailureEndsEveryBonusChain() {
        // T1 fails: T0 and T1 carry the bonus (nothing before them is below 100), T2..T5 do not
        StageScores scores = StageScores.of(100, 50, 100, 100, 100, 100);
        assertThat(scores.pipelineScore()).isCloseTo(550.0 / 6, EXACT);
        double weights = 1 * 1.2 + 2 * 1.2 + 2 + 3 + 3 + 4;
        assertThat(scores.meanReward()).isCloseTo((100 * 1.2 + 50 * 2 * 1.2 + 100 * (2 + 3 + 3 + 4)) / weights, EXACT);
        // T0 passes with the bonus; T1 fails; T2..T5 pass without it
        assertThat(scores.passScore()).isCloseTo(100 * (1.5 + 4) / 9, EXACT);
        assertThat(scores.stage()).isZero();
        assertThat(scores.strictScore()).isCloseTo(100.0 / 6, EXACT);
    }

    @Test
    void theBonusReachesTheFirstTaskBelow100ButNotTheOnesAfterIt() {
        StageScores scores = StageScores.of(100, 100, 100, 80, 70, 60);
        double weights = (1 + 2 + 2 + 3) * 1.2 + 3 + 4;
        assertThat(scores.meanReward()).isCloseTo(((100 + 200 + 200) * 1.2 + 80 * 3 * 1.2 + 70 * 3 + 60 * 4) / weights,
                EXACT);
        // every task passes (60 passes); T0..T3 with the bonus, T4 and T5 without
        assertThat(scores.passScore()).isCloseTo(100 * (4 * 1.5 + 2) / 9, EXACT);
        assertThat(scores.stage()).isEqualTo(2);
        assertThat(scores.strictScore()).isCloseTo(300.0 / 6, EXACT);
    }

    @Test
    void aFailedT0RemovesEveryLaterBonusButNotTheStage() {
        StageScores scores = StageScores.of(0, 100, 100, 0, 0, 0);
        assertThat(scores.stage()).isEqualTo(2);
        // b_0 = 1.2 (nothing before T0); every later b_i = 1.0 since T0 < 100
        assertThat(scores.meanReward()).isCloseTo((100 * 2 + 100 * 2) / (1.2 + 2 + 2 + 3 + 3 + 4), EXACT);
        assertThat(scores.passScore()).isCloseTo(100 * 2.0 / 9, EXACT);
        assertThat(scores.strictScore()).isZero();
    }

    @Test
    void stageCountsOnlyTheUnbrokenRunOf100FromT1() {
        assertThat(StageScores.of(100, 99.99, 100, 100, 100, 100).stage()).isZero();
        assertThat(StageScores.of(100, 100, 0, 100, 100, 100).stage()).isEqualTo(1);
        assertThat(StageScores.of(100, 100, 100, 100, 100, 0).stage()).isEqualTo(4);
    }

    @Test
    void passAndFullAreOnTheScoresAsGiven() {
        StageScores scores = StageScores.of(99.999, 59.999, 60, 0, 0, 0);
        // 99.999 is not 100: no bonus after T0; 59.999 fails; 60 passes
        assertThat(scores.passScore()).isCloseTo(100 * (1.5 + 1) / 9, EXACT);
        assertThat(scores.strictScore()).isZero();
    }

    @Test
    void strictScoreIsTriggeredOnlyByT0ToT3() {
        // T4 below 100 does not zero T5: only the first of T0..T3 below 100 starts the zeroes
        StageScores lateShortfall = StageScores.of(100, 100, 100, 100, 48.25, 100);
        assertThat(lateShortfall.strictScore()).isCloseTo(lateShortfall.pipelineScore(), EXACT);
        // T3 below 100: it, T4 and T5 count 0
        assertThat(StageScores.of(100, 100, 100, 83.56, 38.63, 100).strictScore()).isCloseTo(300.0 / 6, EXACT);
        // T0 below 100: everything counts 0
        assertThat(StageScores.of(99, 100, 100, 100, 100, 100).strictScore()).isZero();
    }

    @Test
    void needsSixScoresWithin0To100() {
        assertThatThrownBy(() -> StageScores.of(100, 100, 100, 100, 100))
                .hasMessageContaining("exactly 6 stage scores (T0..T5), not 5");
        assertThatThrownBy(() -> StageScores.of(100, 100.5, 0, 0, 0, 0))
                .hasMessageContaining("score of T1 must be within 0..100, not 100.5");
        assertThatThrownBy(() -> StageScores.of(0, 0, -1, 0, 0, 0)).hasMessageContaining("T2");
        assertThatThrownBy(() -> StageScores.of(0, 0, 0, Double.NaN, 0, 0)).hasMessageContaining("T3");
        assertThat(new StageScores(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)).get(5)).isEqualTo(6.0);
    }
}
