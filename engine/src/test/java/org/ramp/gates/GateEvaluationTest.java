package org.ramp.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.history.Metric;
import org.ramp.history.RunSummary;
import org.ramp.history.SummaryFixtures;

/** Gates over the runs of a build, each run against the reference run of its name, and the outcome. */
class GateEvaluationTest {
    private final RunSummary gpt = SummaryFixtures.completed("gpt-4o", 71, 55, 60, 3.0);
    private final RunSummary qwen = SummaryFixtures.completed("qwen", 76, 60, 66, 0.5);
    private final RunSummary gptBefore = SummaryFixtures.completed("gpt-4o", 74, 56, 61, 2.0);
    private final RunSummary qwenBefore = SummaryFixtures.completed("qwen", 75, 59, 65, 0.6);

    private static QualityGate gate(String spec) throws GateSpecException {
        return GateSpecs.parse(spec);
    }

    @Test
    void eachRunIsComparedWithTheReferenceOfItsName() throws Exception {
        GateEvaluation evaluation = GateEvaluation.of(List.of(gate("metric=aei,baseline=reference,threshold=-2")),
                List.of(gpt, qwen), List.of(qwenBefore, gptBefore));
        assertThat(evaluation.results()).extracting(GateResult::run).containsExactly("gpt-4o", "qwen");
        GateResult gptResult = evaluation.results().get(0);
        assertThat(gptResult.reference()).isEqualTo(74);
        assertThat(gptResult.delta()).isEqualTo(-3);
        assertThat(gptResult.referenceRunId()).isEqualTo(gptBefore.runId());
        assertThat(gptResult.passed()).isFalse();
        assertThat(evaluation.results().get(1).delta()).isEqualTo(1);
        assertThat(evaluation.results().get(1).passed()).isTrue();
        assertThat(evaluation.outcome()).isEqualTo(GateOutcome.UNSTABLE);
        assertThat(evaluation.failures()).containsExactly(gptResult);
    }

    @Test
    void theOutcomeIsTheWorstCriticalityOfTheGatesThatFailed() throws Exception {
        List<RunSummary> runs = List.of(gpt, qwen);
        QualityGate notePasses = gate("metric=aei,threshold=50,criticality=note");
        QualityGate noteFails = gate("metric=aei,threshold=75,criticality=note");
        QualityGate unstableFails = gate("metric=cost,threshold=1,criticality=unstable");
        QualityGate failureFails = gate("metric=stage,stage=T3,threshold=60,criticality=failure");
        QualityGate failurePasses = gate("metric=stage,stage=T0,threshold=100,criticality=failure");
        assertThat(GateEvaluation.of(List.of(notePasses, failurePasses), runs, List.of()).outcome())
                .isEqualTo(GateOutcome.NONE);
        assertThat(GateEvaluation.of(List.of(noteFails, failurePasses), runs, List.of()).outcome())
                .isEqualTo(GateOutcome.NOTE);
        assertThat(GateEvaluation.of(List.of(noteFails, unstableFails), runs, List.of()).outcome())
                .isEqualTo(GateOutcome.UNSTABLE);
        assertThat(GateEvaluation.of(List.of(failureFails, noteFails, unstableFails), runs, List.of()).outcome())
                .isEqualTo(GateOutcome.FAILURE);
        assertThat(GateOutcome.NOTE.changesBuildResult()).isFalse();
        assertThat(GateOutcome.NONE.changesBuildResult()).isFalse();
        assertThat(GateOutcome.UNSTABLE.changesBuildResult()).isTrue();
        assertThat(GateOutcome.FAILURE.changesBuildResult()).isTrue();
    }

    @Test
    void resultsComeGateByGateThenRunByRun() throws Exception {
        GateEvaluation evaluation = GateEvaluation.of(List.of(gate("metric=aei,threshold=1"),
                gate("metric=cost,threshold=9")), List.of(gpt, qwen), List.of());
        assertThat(evaluation.results()).extracting(result -> result.gate().metric().id() + " " + result.run())
                .containsExactly("aei gpt-4o", "aei qwen", "cost gpt-4o", "cost qwen");
    }

    @Test
    void aMissingReferenceSaysWhichAndDoesNotFail() throws Exception {
        QualityGate gate = gate("metric=aei,baseline=reference,threshold=0,criticality=failure");
        GateEvaluation noBuild = GateEvaluation.of(List.of(gate), List.of(gpt), List.of());
        assertThat(noBuild.outcome()).isEqualTo(GateOutcome.NONE);
        assertThat(noBuild.results().get(0).status()).isEqualTo(GateStatus.NO_REFERENCE);
        assertThat(noBuild.results().get(0).message()).isEqualTo("there is no reference run; not checked");

        GateEvaluation noName = GateEvaluation.of(List.of(gate), List.of(gpt, qwen), List.of(qwenBefore));
        assertThat(noName.results().get(0).status()).isEqualTo(GateStatus.NO_REFERENCE);
        assertThat(noName.results().get(0).message()).isEqualTo("the reference has no run named gpt-4o; not checked");
        assertThat(noName.results().get(1).status()).isEqualTo(GateStatus.PASSED);
        assertThat(noName.outcome()).isEqualTo(GateOutcome.NONE);
    }

    @Test
    void aRunThatDidNotCompleteFailsItsGates() throws Exception {
        RunSummary running = SummaryFixtures.running("gpt-4o", "gpt-4o", 3);
        GateEvaluation evaluation = GateEvaluation.of(List.of(gate("metric=aei,baseline=reference,threshold=-2"),
                gate("metric=stage,stage=T1,threshold=60,criticality=failure")), List.of(running), List.of(gptBefore));
        assertThat(evaluation.results().get(0).status()).isEqualTo(GateStatus.FAILED);
        assertThat(evaluation.results().get(1).status()).isEqualTo(GateStatus.PASSED); // T1 is known and passed
        assertThat(evaluation.outcome()).isEqualTo(GateOutcome.UNSTABLE);
    }

    @Test
    void twoRunsOfTheSameNameAreRefused() {
        RunSummary again = SummaryFixtures.completed("gpt-4o", "other", 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> GateEvaluation.of(List.of(gate("metric=aei,threshold=1")), List.of(gpt, again),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("two runs are named gpt-4o ("
                        + gpt.runId() + " and " + again.runId() + "); each run of a build needs its own name");
        assertThatThrownBy(() -> GateEvaluation.of(List.of(gate("metric=aei,threshold=1")), List.of(gpt),
                List.of(gptBefore, gptBefore))).hasMessageStartingWith("two reference runs are named gpt-4o");
    }

    @Test
    void noGatesOrNoRunsGiveNoResults() throws Exception {
        assertThat(GateEvaluation.of(List.of(), List.of(gpt), List.of()).outcome()).isEqualTo(GateOutcome.NONE);
        assertThat(GateEvaluation.of(List.of(gate("metric=aei,threshold=1")), List.of(), List.of()).results())
                .isEmpty();
    }

    @Test
    void asTextATableAndTheOutcomeWithoutControlCharacters() throws Exception {
        RunSummary hostile = SummaryFixtures.completed("evil\u001b[31m\rname", 10, 10, 10, 1);
        GateEvaluation evaluation = GateEvaluation.of(List.of(gate("metric=aei,baseline=reference,threshold=-2"),
                gate("metric=cost,threshold=2.5,criticality=note")), List.of(gpt, qwen, hostile),
                List.of(gptBefore, qwenBefore));
        String text = evaluation.toText();
        assertThat(text.lines().findFirst().orElseThrow()).contains("run", "gate", "criticality", "value",
                "reference", "delta", "result", "message");
        assertThat(text).contains("AEI change from the reference >= -2.00", "74.00", "-3.00", "failed",
                "no-reference", "cost <= $2.500", "note");
        assertThat(text).doesNotContain("\u001b").doesNotContain("\r").contains("evil\\x1b[31m\\x0dname");
        assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("outcome: unstable (2 of 6 gate "
                + "results failed: gpt-4o: AEI change from the reference >= -2.00 (unstable); gpt-4o: cost <= $2.500 "
                + "(note))");
        assertThat(GateEvaluation.of(List.of(gate("metric=aei,threshold=1")), List.of(gpt), List.of()).summary())
                .isEqualTo("outcome: none (1 of 1 gate results passed or were not checked)");
    }

    @Test
    void asJsonEveryFieldOfEveryResult() throws Exception {
        GateEvaluation evaluation = GateEvaluation.of(List.of(gate("metric=stage,stage=T3,baseline=reference,"
                + "threshold=0,criticality=failure")), List.of(gpt), List.of(gptBefore));
        JsonNode json = new ObjectMapper().readTree(evaluation.toJson());
        assertThat(json.get("outcome").asText()).isEqualTo("none");
        JsonNode result = json.get("results").get(0);
        assertThat(result.get("gate").toString()).isEqualTo("{\"metric\":\"stage\",\"stage\":\"T3\",\"baseline\":"
                + "\"reference\",\"threshold\":0.0,\"criticality\":\"failure\"}");
        assertThat(result.get("run").asText()).isEqualTo("gpt-4o");
        assertThat(result.get("runId").asText()).isEqualTo(gpt.runId());
        assertThat(result.get("value").asDouble()).isEqualTo(41);
        assertThat(result.get("reference").asDouble()).isEqualTo(41);
        assertThat(result.get("delta").asDouble()).isZero();
        assertThat(result.get("status").asText()).isEqualTo("passed");
        assertThat(result.get("passed").asBoolean()).isTrue();
        assertThat(result.get("message").asText()).isEqualTo("T3 score 41.00 against 41.00 in reference run "
                + gptBefore.runId() + ": +0.00 >= +0.00");
        assertThat(Metric.named(result.get("gate").get("metric").asText())).isEqualTo(Metric.STAGE_SCORE);
    }
}
