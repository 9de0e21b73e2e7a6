package org.ramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.history.BuildRuns;
import org.ramp.history.LineChart;
import org.ramp.history.Trends;

/** The trend benchmark's history is like a real job's, and the benchmark runs; its times are not asserted. */
class TrendBenchmarkTest {

    @Test
    void theHistoryHasEmptyBuildsUnfinishedRunsAndALateModel() {
        List<BuildRuns> history = TrendBenchmark.history(100, 3);
        assertThat(history).hasSize(100);
        assertThat(history.get(24).runs()).isEmpty(); // build #25
        assertThat(history.get(0).runs()).extracting(run -> run.name()).containsExactly("model-a", "model-b");
        assertThat(history.get(98).runs()).extracting(run -> run.name())
                .containsExactly("model-a", "model-b", "model-c");
        assertThat(history.stream().flatMap(build -> build.runs().stream()).filter(run -> !run.complete()))
                .isNotEmpty();

        Trends trends = Trends.of(history);
        assertThat(trends.builds()).hasSize(96);
        LineChart.Dataset late = trends.aei().datasets().get(2);
        assertThat(late.label()).isEqualTo("model-c");
        assertThat(late.data().get(0)).isNull();
        assertThat(late.data().get(late.data().size() - 1)).isNotNull();
    }

    @Test
    void theBenchmarkRunsAndCountsWhatItMeasured() throws Exception {
        TrendBenchmark.Figures figures = TrendBenchmark.run(50, 3, 2);
        assertThat(figures.builds()).isEqualTo(50);
        assertThat(figures.summaries()).isEqualTo(TrendBenchmark.history(50, 3).stream()
                .mapToInt(build -> build.runs().size()).sum());
        assertThat(figures.jsonBytes()).isEqualTo(Trends.of(TrendBenchmark.history(50, 3)).toJson().length());
        assertThat(figures.meanSummaryBytes()).isBetween(1000, 2048);
        assertThat(figures.first().wallMillis()).isPositive();
        assertThat(figures.median().cpuMillis()).isNotNegative();
    }
}
