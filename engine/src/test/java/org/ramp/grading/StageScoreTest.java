package org.ramp.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageScoreTest {

    @Test
    void theStageScoreIsTheMeanOfItsCasesAndPassesAtTheThreshold() {
        StageScore score = StageScore.of(List.of(CaseScore.full(), CaseScore.zero("crashed"), new CaseScore(80, "x")), 60);
        assertThat(score.score()).isEqualTo(60.0);
        assertThat(score.passed()).isTrue();
        assertThat(score.firstProblem()).isEqualTo("crashed");
        assertThat(StageScore.of(List.of(new CaseScore(59.99, "y")), 60).passed()).isFalse();
    }

    @Test
    void aStageWithoutCasesScoresZero() {
        assertThat(StageScore.of(List.of(), 60).score()).isZero();
        assertThat(StageScore.of(List.of(CaseScore.full()), 60).firstProblem()).isEqualTo("ok");
    }
}
