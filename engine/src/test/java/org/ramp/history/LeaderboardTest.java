package org.ramp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.report.RunResultFixtures;

/** The runs of one build ranked by AEI, ties by mean reward, pipeline score, then cost; incomplete runs last. */
class LeaderboardTest {

    @Test
    void aeiDecidesFirst() {
        Leaderboard board = Leaderboard.of(List.of(SummaryFixtures.completed("low", 60, 90, 90, 0.1),
                SummaryFixtures.completed("high", 80, 10, 10, 99), SummaryFixtures.completed("mid", 70, 50, 50, 1)));
        assertThat(board.entries()).extracting(Leaderboard.Entry::name).containsExactly("high", "mid", "low");
        assertThat(board.entries()).extracting(Leaderboard.Entry::rank).containsExactly(1, 2, 3);
    }

    @Test
    void tiesGoToTheHigherMeanRewardThenPipelineScoreThenTheLowerCost() {
        Leaderboard board = Leaderboard.of(List.of(
                SummaryFixtures.completed("dearer", 70, 50, 60, 3.0),
                SummaryFixtures.completed("cheaper", 70, 50, 60, 1.0),
                SummaryFixtures.completed("lower-pipeline", 70, 50, 55, 0.1),
                SummaryFixtures.completed("higher-reward", 70, 51, 10, 9.0)));
        assertThat(board.entries()).extracting(Leaderboard.Entry::name)
                .containsExactly("higher-reward", "cheaper", "dearer", "lower-pipeline");
        assertThat(board.entries()).extracting(Leaderboard.Entry::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void runsEqualInEveryFigureShareARank() {
        Leaderboard board = Leaderboard.of(List.of(SummaryFixtures.completed("y", 70, 50, 60, 1),
                SummaryFixtures.completed("x", 70, 50, 60, 1), SummaryFixtures.completed("z", 60, 50, 60, 1)));
        assertThat(board.entries()).extracting(Leaderboard.Entry::name).containsExactly("x", "y", "z");
        assertThat(board.entries()).extracting(Leaderboard.Entry::rank).containsExactly(1, 1, 3);
    }

    @Test
    void runsThatDidNotCompleteComeLastByNameWithoutRankOrFigures() {
        RunSummary interrupted = SummaryFixtures.of(RunResultFixtures.history().get(1), "qwen");
        Leaderboard board = Leaderboard.of(List.of(SummaryFixtures.running("zeta", "m", 3),
                SummaryFixtures.completed("weak", 20, 10, 10, 0.1), interrupted,
                SummaryFixtures.completed("strong", 90, 90, 90, 9)));
        assertThat(board.entries()).extracting(Leaderboard.Entry::name)
                .containsExactly("strong", "weak", "qwen", "zeta");
        assertThat(board.entries()).extracting(Leaderboard.Entry::rank).containsExactly(1, 2, null, null);
        Leaderboard.Entry last = board.entries().get(3);
        assertThat(last.complete()).isFalse();
        assertThat(last.status()).isEqualTo("running");
        assertThat(last.aei()).isNull();
        assertThat(last.costUsd()).isNull();
        assertThat(last.tokens()).isNull();
        assertThat(board.entries().get(2).status()).isEqualTo("interrupted");
    }

    @Test
    void anEntryCarriesTheRunsKeyFigures() {
        var run = RunResultFixtures.realistic();
        Leaderboard.Entry entry = Leaderboard.of(List.of(SummaryFixtures.of(run, "deepseek"))).entries().get(0);
        assertThat(entry.rank()).isEqualTo(1);
        assertThat(entry.name()).isEqualTo("deepseek");
        assertThat(entry.runId()).isEqualTo(run.runId());
        assertThat(entry.model()).isEqualTo("deepseek-chat");
        assertThat(entry.agent()).isEqualTo("builtin");
        assertThat(entry.status()).isEqualTo("completed");
        assertThat(entry.complete()).isTrue();
        assertThat(entry.aei()).isEqualTo(run.metrics().aei());
        assertThat(entry.meanReward()).isEqualTo(run.metrics().meanReward());
        assertThat(entry.pipelineScore()).isEqualTo(run.metrics().pipelineScore());
        assertThat(entry.passScore()).isEqualTo(run.metrics().passScore());
        assertThat(entry.stage()).isEqualTo(run.metrics().stage());
        assertThat(entry.strictScore()).isEqualTo(run.metrics().strictScore());
        assertThat(entry.costUsd()).isEqualTo(run.totals().usage().costUsd());
        assertThat(entry.tokens()).isEqualTo(run.totals().usage().tokensCorrected());
        assertThat(entry.seconds()).isEqualTo(run.totals().seconds());
        assertThat(entry.stagesPassed()).isEqualTo(4);
    }

    @Test
    void asJsonEveryEntryWithNullsForWhatARunDoesNotHave() throws Exception {
        Leaderboard board = Leaderboard.of(List.of(SummaryFixtures.running("b", "m", 3),
                SummaryFixtures.completed("a", 70, 50, 60, 1)));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(board.toJson());
        assertThat(json.get("entries")).hasSize(2);
        assertThat(json.get("entries").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(json.get("entries").get(0).get("aei").asDouble()).isEqualTo(70);
        assertThat(json.get("entries").get(1).get("rank").isNull()).isTrue();
        assertThat(json.get("entries").get(1).get("aei").isNull()).isTrue();
        assertThat(json.get("entries").get(1).get("status").asText()).isEqualTo("running");
    }

    @Test
    void anEmptyBuildHasAnEmptyBoard() {
        assertThat(Leaderboard.of(List.of()).entries()).isEmpty();
    }
}
