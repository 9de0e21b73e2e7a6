package org.ramp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.history.RunSummary;
import org.ramp.report.RunComparison.MetricDelta;
import org.ramp.report.RunComparison.StageDelta;
import org.ramp.results.RunResult;

/** B − A per stage and per metric, as text and as JSON. */
class RunComparisonTest {
    private final RunResult a = RunResultFixtures.history().get(2);
    private final RunResult b = RunResultFixtures.realistic();

    @Test
    void stagesAndMetricsAreBMinusA() {
        RunComparison comparison = RunComparison.of(a, b);

        assertThat(comparison.stages()).extracting(StageDelta::id).containsExactly("T0", "T1", "T2", "T3", "T4", "T5");
        StageDelta t2 = comparison.stages().get(2);
        assertThat(t2.presence()).isEqualTo("both");
        assertThat(t2.score().a()).isEqualTo(80);
        assertThat(t2.score().b()).isEqualTo(87.4);
        assertThat(t2.score().delta()).isCloseTo(7.4, within(1e-9));
        assertThat(t2.costUsd().delta()).isCloseTo(b.stages().get(2).usage().costUsd() - a.stages().get(2).usage().costUsd(),
                within(1e-9));
        assertThat(t2.tokensRamp().delta()).isEqualTo((double) (b.stages().get(2).usage().tokensRamp()
                - a.stages().get(2).usage().tokensRamp()));
        assertThat(t2.status().changed()).isFalse();

        MetricDelta aei = metric(comparison, "aei");
        assertThat(aei.a()).isEqualTo(a.metrics().aei());
        assertThat(aei.b()).isEqualTo(b.metrics().aei());
        assertThat(aei.delta()).isCloseTo(b.metrics().aei() - a.metrics().aei(), within(1e-9));
        assertThat(comparison.metrics()).extracting(MetricDelta::metric).containsExactly("pipelineScore", "meanReward",
                "passScore", "stage", "aei", "strictScore", "seconds", "costUsd", "tokensRamp", "tokensCorrected",
                "calls", "modelFailures", "infrastructureFailures");
        assertThat(metric(comparison, "infrastructureFailures").delta()).isZero();
    }

    @Test
    void aStatusChangeAndStagesOnlyOneRunHas() {
        RunResult running = RunResultFixtures.running();
        RunResult earlier = RunResultFixtures.history().get(0); // T1 72 passed, T2 40 failed
        RunComparison comparison = RunComparison.of(earlier, running);

        StageDelta t2 = comparison.stages().get(2);
        assertThat(t2.status().a()).isEqualTo("failed");
        assertThat(t2.status().b()).isEqualTo("passed");
        assertThat(t2.status().changed()).isTrue();
        StageDelta t4 = comparison.stages().get(4);
        assertThat(t4.presence()).isEqualTo("only-a");
        assertThat(t4.score().b()).isNull();
        assertThat(t4.score().delta()).isNull();
        assertThat(metric(comparison, "aei").b()).isNull();
        assertThat(metric(comparison, "aei").delta()).isNull();

        String text = comparison.toText();
        assertThat(text).contains("failed -> passed", "only in A (failed)");
        assertThat(RunComparison.of(running, earlier).toText()).contains("only in B (failed)");
    }

    @Test
    void textIsAlignedAndSigned() {
        String text = RunComparison.of(a, b).toText();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("A  " + a.runId());
        assertThat(lines.get(1)).startsWith("B  " + b.runId());
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("stage")).findFirst().orElseThrow());
        // every stage row's "score" delta ends in the same column as its header
        int end = lines.get(header).indexOf("score B") + "score B".length();
        for (int i = header + 1; i <= header + 6; i++) {
            assertThat(lines.get(i).charAt(end - 1)).as(lines.get(i)).isNotEqualTo(' ');
            assertThat(lines.get(i).charAt(end)).as(lines.get(i)).isEqualTo(' ');
        }
        assertThat(text).contains("+7.40", "T2     parser ").containsPattern("AEI +[-0-9.]+ +[-0-9.]+ +[+-][0-9.]+");
        assertThat(text).containsPattern("cost +\\$[0-9.]+ +\\$[0-9.]+ +\\+\\$0\\.530");
        assertThat(text).doesNotContain("-0.00");
    }

    @Test
    void jsonCarriesTheSameWithNullsWhereAValueIsMissing() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RunComparison.of(RunResultFixtures.history().get(0),
                RunResultFixtures.running()).toJson());
        assertThat(json.get("a").get("runId").asText()).isEqualTo(RunResultFixtures.history().get(0).runId());
        assertThat(json.get("stages")).hasSize(6);
        JsonNode t2 = json.get("stages").get(2);
        assertThat(t2.get("status").get("changed").asBoolean()).isTrue();
        assertThat(t2.get("score").get("delta").asDouble()).isCloseTo(87.4 - 40, within(1e-9));
        JsonNode t5 = json.get("stages").get(5);
        assertThat(t5.get("presence").asText()).isEqualTo("only-a");
        assertThat(t5.get("score").get("b").isNull()).isTrue();
        JsonNode metrics = json.get("metrics");
        assertThat(metrics).hasSize(13);
        assertThat(metrics.get(0).get("metric").asText()).isEqualTo("pipelineScore");
        assertThat(metrics.get(0).get("delta").isNull()).isTrue();
        assertThat(metrics.get(7).get("metric").asText()).isEqualTo("costUsd");
        assertThat(metrics.get(7).get("delta").isNumber()).isTrue();
    }

    @Test
    void summariesCompareLikeTheirRunsWhereTheyKeepTheFigures() throws Exception {
        RunComparison full = RunComparison.of(a, b);
        RunComparison fromSummaries = RunComparison.of(RunSummary.of(a, "x"), RunSummary.of(b, "x"));

        assertThat(fromSummaries.a()).isEqualTo(full.a());
        assertThat(fromSummaries.b()).isEqualTo(full.b());
        assertThat(fromSummaries.metrics()).isEqualTo(full.metrics());
        assertThat(fromSummaries.stages()).extracting(StageDelta::id).containsExactly("T0", "T1", "T2", "T3", "T4",
                "T5");
        for (int i = 0; i < 6; i++) {
            StageDelta kept = fromSummaries.stages().get(i);
            StageDelta all = full.stages().get(i);
            assertThat(kept.name()).isEqualTo(all.name());
            assertThat(kept.status()).isEqualTo(all.status());
            assertThat(kept.score()).isEqualTo(all.score());
            // a summary keeps no stage times, costs or tokens
            assertThat(kept.seconds().delta()).isNull();
            assertThat(kept.costUsd().a()).isNull();
            assertThat(kept.tokensRamp().b()).isNull();
        }
        assertThat(fromSummaries.toText()).contains("+7.40", "mean reward", "T2     parser ");
    }

    @Test
    void aSummaryOfARunStillGoingHasStagesAndPartialTotalsButNoMetrics() throws Exception {
        RunResult running = RunResultFixtures.running();
        RunComparison comparison = RunComparison.of(RunSummary.of(a, null), RunSummary.of(running, null));
        assertThat(comparison.stages().get(4).presence()).isEqualTo("only-a");
        assertThat(metric(comparison, "aei").b()).isNull();
        assertThat(metric(comparison, "costUsd").b()).isEqualTo(running.totals().usage().costUsd());
        assertThat(metric(comparison, "costUsd").delta()).isNotNull();
    }

    private static MetricDelta metric(RunComparison comparison, String id) {
        return comparison.metrics().stream().filter(m -> m.metric().equals(id)).findFirst().orElseThrow();
    }
}
