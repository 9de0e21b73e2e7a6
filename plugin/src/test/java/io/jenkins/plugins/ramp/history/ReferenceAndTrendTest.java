package io.jenkins.plugins.ramp.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.ramp.views.Runs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.history.RunSummary;
import org.ramp.history.SeriesKey;

/** The reference build of gates, and the job's trend data, from builds' summaries alone. */
class ReferenceAndTrendTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static RunSummary run(String name, double aei, double cost) throws Exception {
        return Runs.summary(name, Runs.run("run-" + name + "-" + aei, name, aei, cost, 100, 70, 50, 40, 30, 20));
    }

    @Test
    void theReferenceIsTheLastEarlierFinishedBuildWhoseGatesPassed() throws Exception {
        List<Histories.Build> builds = List.of(
                new Histories.Build(1, false, "none", List.of(run("a", 60, 1))),
                new Histories.Build(2, false, "note", List.of(run("a", 61, 1))),
                new Histories.Build(3, false, "unstable", List.of(run("a", 50, 1))),
                new Histories.Build(4, false, null, List.of(run("a", 70, 1))),
                new Histories.Build(5, false, "none", List.of()),
                new Histories.Build(6, true, "none", List.of(run("a", 80, 1))),
                new Histories.Build(7, false, null, List.of()));
        BuildHistory history = Histories.of(builds);
        assertThat(ReferenceBuilds.lastPassed(history, 7).number()).isEqualTo(2);
        assertThat(ReferenceBuilds.lastPassed(history, 2).number()).isEqualTo(1);
        assertThat(ReferenceBuilds.lastPassed(history, 1)).isNull();
    }

    @Test
    void aChosenReferenceMustBeAnEarlierBuildWithRuns() throws Exception {
        Histories.Build empty = new Histories.Build(4, false, null, List.of());
        assertThat(ReferenceBuilds.problem(null, 3, 9)).contains("build #3 does not exist");
        assertThat(ReferenceBuilds.problem(empty, 4, 9)).contains("recorded no RAMP runs");
        assertThat(ReferenceBuilds.problem(empty, 9, 9)).contains("not an earlier build");
        assertThat(ReferenceBuilds.problem(new Histories.Build(4, false, "failure", List.of(run("a", 1, 1))), 4, 9))
                .isNull();
    }

    @Test
    void trendDataHasOneSeriesPerRunAndGapsWhereABuildLacksIt() throws Exception {
        List<Histories.Build> builds = new ArrayList<>();
        builds.add(new Histories.Build(1, false, null, List.of(run("gpt-4o", 60, 2))));
        builds.add(new Histories.Build(2, false, null, List.of()));
        builds.add(new Histories.Build(3, false, null, List.of(run("gpt-4o", 62, 2.5), run("qwen " + Runs.HOSTILE, 40, 0.3))));
        JsonNode trends = JSON.readTree(TrendData.json(Histories.of(builds), 0, SeriesKey.NAME));
        assertThat(trends.get("builds").toString()).isEqualTo("[\"#1\",\"#3\"]");
        JsonNode aei = trends.get("aei").get("datasets");
        assertThat(aei.get(0).get("label").asText()).isEqualTo("gpt-4o");
        assertThat(aei.get(0).get("data").toString()).isEqualTo("[60.0,62.0]");
        assertThat(aei.get(1).get("data").get(0).isNull()).isTrue();
        assertThat(aei.get(1).get("label").asText()).isEqualTo("qwen " + Runs.HOSTILE); // drawn on a canvas, never HTML
        assertThat(trends.get("stages").get("T2").get("datasets").get(0).get("data").toString()).isEqualTo("[50.0,50.0]");
        assertThat(trends.get("costVsReward").get("build").asText()).isEqualTo("#3");
        assertThat(trends.get("costVsReward").get("datasets")).hasSize(2);
        assertThat(trends.get("meanReward").get("datasets")).hasSize(2);
        assertThat(trends.get("pipelineScore").get("datasets")).hasSize(2);
        assertThat(trends.get("cost").get("datasets").get(0).get("data").toString()).isEqualTo("[2.0,2.5]");
    }

    @Test
    void theNewestBuildsAreShownUpToTheLimit() throws Exception {
        List<Histories.Build> builds = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            builds.add(new Histories.Build(i, false, null, List.of(run("m", i % 90, 1))));
        }
        JsonNode five = JSON.readTree(TrendData.json(Histories.of(builds), 5, SeriesKey.NAME));
        assertThat(five.get("builds").toString()).isEqualTo("[\"#1196\",\"#1197\",\"#1198\",\"#1199\",\"#1200\"]");
        assertThat(JSON.readTree(TrendData.json(Histories.of(builds), 0, SeriesKey.NAME)).get("builds"))
                .hasSize(TrendData.DEFAULT_BUILDS);
        assertThat(JSON.readTree(TrendData.json(Histories.of(builds), 5000, SeriesKey.NAME)).get("builds"))
                .hasSize(TrendData.MAX_BUILDS);
        assertThat(TrendData.key("model")).isEqualTo(SeriesKey.MODEL);
        assertThat(TrendData.key("<script>")).isEqualTo(SeriesKey.NAME);
    }
}
