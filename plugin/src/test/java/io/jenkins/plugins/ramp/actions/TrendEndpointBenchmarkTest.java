package io.jenkins.plugins.ramp.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.ramp.history.TrendData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.bench.TrendBenchmark;
import org.ramp.history.SeriesKey;
import org.ramp.history.Trends;

/**
 * The trend endpoint's data over 1,000 stored build actions is the engine's Trends of the same builds, computed from
 * the summaries alone (the actions have no build folder); the timings are printed, not asserted (a shared machine's
 * load moves them; README has the figures).
 */
class TrendEndpointBenchmarkTest {
    @Test
    void thousandBuildsFromTheirSummariesAlone() throws Exception {
        TrendEndpointBenchmark.Figures figures = TrendEndpointBenchmark.run(1000, 10);
        TrendEndpointBenchmark.print(figures);
        List<TrendEndpointBenchmark.Stored> stored = TrendEndpointBenchmark.store(TrendBenchmark.history(1000, 3));
        for (TrendEndpointBenchmark.Stored build : stored) {
            assertThat(build.action().getOwner()).isNull(); // no build folder: details cannot be read
        }
        String json = TrendData.json(TrendEndpointBenchmark.history(stored), 1000, SeriesKey.NAME);
        assertThat(json).isEqualTo(Trends.of(TrendBenchmark.history(1000, 3).stream()
                .filter(b -> !b.runs().isEmpty()).toList()).toJson());
        JsonNode trends = new ObjectMapper().readTree(json);
        assertThat(trends.get("builds")).hasSize(960);
        assertThat(trends.get("aei").get("datasets")).hasSize(3);
    }
}
