package org.ramp.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trend series across builds from summaries: gaps, not zeros, for what a build does not have. */
class TrendsTest {
    private final RunSummary a1 = SummaryFixtures.completed("a", "model-a", 70, 55, 60, 2.0, 41);
    private final RunSummary b1 = SummaryFixtures.completed("b", "model-b", 65, 50, 58, 4.5, 30);
    private final RunSummary a3 = SummaryFixtures.completed("a", "model-a", 72, 57, 61, 1.8, 45);
    private final RunSummary bRunning = SummaryFixtures.running("b", "model-b", 3);
    private final RunSummary c3 = SummaryFixtures.completed("c", "model-c", 77, 60, 66, 0.4, 52);
    private final RunSummary a4 = SummaryFixtures.completed("a", "model-a", 73, 58, 62, 1.7, 47);
    private final RunSummary c4 = SummaryFixtures.completed("c", "model-c", 78, 61, 67, 0.5, 55);

    private final List<BuildRuns> builds = List.of(new BuildRuns("#1", List.of(a1, b1)),
            new BuildRuns("#2", List.of()), new BuildRuns("#3", List.of(a3, bRunning, c3)),
            new BuildRuns("#4", List.of(a4, c4)));

    @Test
    void buildsWithoutResultsAreLeftOutAndSeriesComeInTheOrderTheyFirstAppear() {
        Trends trends = Trends.of(builds);
        assertThat(trends.builds()).containsExactly("#1", "#3", "#4");
        assertThat(trends.meanReward().labels()).containsExactly("#1", "#3", "#4");
        assertThat(trends.meanReward().datasets()).extracting(LineChart.Dataset::label).containsExactly("a", "b", "c");
        assertThat(trends.key()).isEqualTo(SeriesKey.NAME);
    }

    @Test
    void aModelMissingFromABuildOrARunNotCompletedIsAGapNotAZero() {
        Trends trends = Trends.of(builds);
        assertThat(data(trends.meanReward(), "a")).containsExactly(55.0, 57.0, 58.0);
        assertThat(data(trends.meanReward(), "b")).containsExactly(50.0, null, null);
        assertThat(data(trends.meanReward(), "c")).containsExactly(null, 60.0, 61.0);
        assertThat(data(trends.pipelineScore(), "c")).containsExactly(null, 66.0, 67.0);
        assertThat(data(trends.aei(), "a")).containsExactly(70.0, 72.0, 73.0);
        assertThat(data(trends.aei(), "b")).containsExactly(65.0, null, null);
        // the running run has partial totals: its cost so far is not a point of the trend
        assertThat(data(trends.cost(), "b")).containsExactly(4.5, null, null);
        assertThat(data(trends.cost(), "c")).containsExactly(null, 0.4, 0.5);
    }

    @Test
    void eachStageHasAChartWithAScorePerRunAndStagesOfRunsStillGoingCount() {
        Trends trends = Trends.of(builds);
        assertThat(trends.stages().keySet()).containsExactly("T0", "T1", "T2", "T3", "T4", "T5");
        assertThat(data(trends.stages().get("T3"), "a")).containsExactly(41.0, 45.0, 47.0);
        assertThat(data(trends.stages().get("T3"), "c")).containsExactly(null, 52.0, 55.0);
        // the running b knows T0..T2: their scores are final; T3 is not there yet
        assertThat(data(trends.stages().get("T2"), "b")).containsExactly(87.4, 87.4, null);
        assertThat(data(trends.stages().get("T3"), "b")).containsExactly(30.0, null, null);
    }

    @Test
    void costAgainstRewardIsForTheLastBuildWithResults() {
        List<BuildRuns> withEmptyLast = new java.util.ArrayList<>(builds);
        withEmptyLast.add(new BuildRuns("#5", List.of()));
        ScatterChart chart = Trends.of(withEmptyLast).costVsReward();
        assertThat(chart.build()).isEqualTo("#4");
        assertThat(chart.datasets()).extracting(ScatterChart.Dataset::label).containsExactly("a", "c");
        assertThat(chart.datasets().get(1).data()).containsExactly(new ScatterChart.Point(0.5, 61));

        Trends third = Trends.of(builds.subList(0, 3));
        assertThat(third.costVsReward().build()).isEqualTo("#3");
        assertThat(third.costVsReward().datasets()).extracting(ScatterChart.Dataset::label).containsExactly("a", "c");
        assertThat(third.notes()).containsExactly("#3: b (id-b-running) is running, without a final cost and mean "
                + "reward; not in the cost against reward chart");
    }

    @Test
    void seriesCanFollowTheModelAndASecondRunOfTheSameKeyIsNoted() {
        RunSummary other = SummaryFixtures.completed("a-again", "model-a", 10, 10, 10, 9, 0);
        Trends trends = Trends.of(List.of(new BuildRuns("#1", List.of(a1, b1, other)), new BuildRuns("#2",
                List.of(a3))), SeriesKey.MODEL);
        assertThat(trends.aei().datasets()).extracting(LineChart.Dataset::label).containsExactly("model-a", "model-b");
        assertThat(data(trends.aei(), "model-a")).containsExactly(70.0, 72.0);
        assertThat(trends.notes()).containsExactly("#1: a second run model-a (id-a-again-model-a) is left out; "
                + "the trends show the first");
    }

    @Test
    void noBuildsOrBuildsWithoutResultsGiveEmptyCharts() {
        for (List<BuildRuns> none : List.of(List.<BuildRuns>of(), List.of(new BuildRuns("#1", null)))) {
            Trends trends = Trends.of(none);
            assertThat(trends.builds()).isEmpty();
            assertThat(trends.aei().datasets()).isEmpty();
            assertThat(trends.stages()).isEmpty();
            assertThat(trends.costVsReward().build()).isNull();
            assertThat(trends.costVsReward().datasets()).isEmpty();
        }
    }

    @Test
    void theJsonIsWhatChartJsReadsWithNullsForGaps() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Trends.of(builds).toJson());
        assertThat(json.get("builds").toString()).isEqualTo("[\"#1\",\"#3\",\"#4\"]");
        JsonNode reward = json.get("meanReward");
        assertThat(reward.get("labels").toString()).isEqualTo("[\"#1\",\"#3\",\"#4\"]");
        assertThat(reward.get("datasets").get(1).get("label").asText()).isEqualTo("b");
        assertThat(reward.get("datasets").get(1).get("data").toString()).isEqualTo("[50.0,null,null]");
        assertThat(json.get("stages").get("T3").get("datasets").get(2).get("data").toString())
                .isEqualTo("[null,52.0,55.0]");
        assertThat(json.get("costVsReward").get("datasets").get(0).get("data").toString())
                .isEqualTo("[{\"x\":1.7,\"y\":58.0}]");
        assertThat(json.get("key").asText()).isEqualTo("name");
    }

    @Test
    void theJsonIsExactlyWhatBindingTheRecordsGives() throws Exception {
        List<BuildRuns> withNote = new java.util.ArrayList<>(builds);
        withNote.add(new BuildRuns("#5 \"quoted\" </script>", List.of(a4, bRunning, a4)));
        for (List<BuildRuns> history : List.of(builds, withNote, List.<BuildRuns>of())) {
            Trends trends = Trends.of(history);
            assertThat(trends.toJson()).isEqualTo(new ObjectMapper().writeValueAsString(trends));
        }
    }

    private static List<Double> data(LineChart chart, String label) {
        return chart.datasets().stream().filter(dataset -> dataset.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + label + " in "
                        + Arrays.toString(chart.datasets().toArray()))).data();
    }
}
