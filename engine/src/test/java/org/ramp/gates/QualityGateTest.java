package org.ramp.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ramp.history.Metric;
import org.ramp.history.RunSummary;
import org.ramp.history.SummaryFixtures;
import org.ramp.report.RunResultFixtures;

/** One gate on one run: each metric's direction, both baselines, a missing reference, a missing value. */
class QualityGateTest {
    private final RunSummary run = SummaryFixtures.of(RunResultFixtures.realistic(), "deepseek");
    private final RunSummary earlier = SummaryFixtures.of(RunResultFixtures.history().get(2), "deepseek");

    private static QualityGate gate(Metric metric, Baseline baseline, double threshold) {
        return new QualityGate(metric, metric.needsStage() ? "T2" : null, baseline, threshold, Criticality.UNSTABLE);
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void anAbsoluteGatePassesAtTheThresholdAndOnTheBetterSideOnly(Metric metric) {
        double value = metric.valueIn(run, "T2");
        double better = metric.higherIsBetter() ? -1 : 1; // a threshold this far from the value passes
        assertThat(gate(metric, Baseline.ABSOLUTE, value).evaluate(run).status()).isEqualTo(GateStatus.PASSED);
        assertThat(gate(metric, Baseline.ABSOLUTE, value + better).evaluate(run).status()).isEqualTo(GateStatus.PASSED);
        GateResult failed = gate(metric, Baseline.ABSOLUTE, value - better).evaluate(run);
        assertThat(failed.status()).isEqualTo(GateStatus.FAILED);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.value()).isEqualTo(value);
        assertThat(failed.reference()).isNull();
        assertThat(failed.delta()).isNull();
        assertThat(failed.message()).contains(metric.higherIsBetter() ? " is below " : " is above ");
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void aReferenceGateComparesTheDeltaWithTheThresholdInTheMetricsDirection(Metric metric) {
        double delta = metric.valueIn(run, "T2") - metric.valueIn(earlier, "T2");
        double better = metric.higherIsBetter() ? -0.5 : 0.5;
        GateResult atThreshold = gate(metric, Baseline.REFERENCE, delta).evaluate(run, earlier, "unused");
        assertThat(atThreshold.status()).isEqualTo(GateStatus.PASSED);
        assertThat(atThreshold.reference()).isEqualTo(metric.valueIn(earlier, "T2"));
        assertThat(atThreshold.delta()).isCloseTo(delta, within(1e-9));
        assertThat(atThreshold.referenceRunId()).isEqualTo(earlier.runId());
        assertThat(gate(metric, Baseline.REFERENCE, delta + better).evaluate(run, earlier, "unused").passed()).isTrue();
        assertThat(gate(metric, Baseline.REFERENCE, delta - better).evaluate(run, earlier, "unused").status())
                .isEqualTo(GateStatus.FAILED);
    }

    @Test
    void aeiMayLoseAtMostTwoPointsAgainstItsReference() {
        RunSummary reference = SummaryFixtures.completed("m", 74.62, 50, 60, 1);
        QualityGate gate = new QualityGate(Metric.AEI, null, Baseline.REFERENCE, -2, Criticality.UNSTABLE);

        GateResult lostLittle = gate.evaluate(SummaryFixtures.completed("m", 73.12, 50, 60, 1), reference, "x");
        assertThat(lostLittle.passed()).isTrue();
        assertThat(lostLittle.message()).isEqualTo("AEI 73.12 against 74.62 in reference run id-m-m-model: "
                + "-1.50 >= -2.00");
        // 72.62 - 74.62 is -2.0000000000000142 in doubles: still "at most 2 points"
        assertThat(gate.evaluate(SummaryFixtures.completed("m", 72.62, 50, 60, 1), reference, "x").passed()).isTrue();
        GateResult lostMore = gate.evaluate(SummaryFixtures.completed("m", 72.5, 50, 60, 1), reference, "x");
        assertThat(lostMore.status()).isEqualTo(GateStatus.FAILED);
        assertThat(lostMore.delta()).isCloseTo(-2.12, within(1e-9));
        assertThat(lostMore.message()).isEqualTo("AEI 72.50 against 74.62 in reference run id-m-m-model: "
                + "-2.12 is below -2.00");
        assertThat(gate.evaluate(SummaryFixtures.completed("m", 80, 50, 60, 1), reference, "x").passed()).isTrue();
    }

    @Test
    void costMayRiseByAtMostFiftyCentsAgainstItsReference() {
        RunSummary reference = SummaryFixtures.completed("m", 70, 50, 60, 2.0);
        QualityGate gate = new QualityGate(Metric.COST, null, Baseline.REFERENCE, 0.5, Criticality.FAILURE);
        assertThat(gate.evaluate(SummaryFixtures.completed("m", 70, 50, 60, 2.4), reference, "x").passed()).isTrue();
        assertThat(gate.evaluate(SummaryFixtures.completed("m", 70, 50, 60, 0.1), reference, "x").passed()).isTrue();
        GateResult dearer = gate.evaluate(SummaryFixtures.completed("m", 70, 50, 60, 2.6), reference, "x");
        assertThat(dearer.passed()).isFalse();
        assertThat(dearer.message()).isEqualTo("cost $2.600 against $2.000 in reference run id-m-m-model: "
                + "+$0.600 is above +$0.500");
        QualityGate noRise = new QualityGate(Metric.COST, null, Baseline.REFERENCE, 0, Criticality.FAILURE);
        assertThat(noRise.evaluate(SummaryFixtures.completed("m", 70, 50, 60, 2.01), reference, "x").passed())
                .isFalse();
        assertThat(noRise.describe()).isEqualTo("cost change from the reference <= +$0.000");
    }

    @Test
    void absoluteMessagesSayTheValueAndTheThresholdInTheirUnits() {
        assertThat(run.metrics().aei()).isCloseTo(69.24, within(0.005));
        assertThat(new QualityGate(Metric.AEI, null, Baseline.ABSOLUTE, 65, Criticality.NOTE).evaluate(run).message())
                .isEqualTo("AEI 69.24 >= 65.00");
        assertThat(new QualityGate(Metric.COST, null, Baseline.ABSOLUTE, 2, Criticality.NOTE).evaluate(run).message())
                .isEqualTo("cost $2.410 is above $2.000");
        assertThat(new QualityGate(Metric.STAGE_SCORE, "T3", Baseline.ABSOLUTE, 60, Criticality.NOTE).evaluate(run)
                .message()).isEqualTo("T3 score 41.00 is below 60.00");
        assertThat(new QualityGate(Metric.TIME, null, Baseline.ABSOLUTE, 7200, Criticality.NOTE).evaluate(run)
                .message()).isEqualTo("time " + run.totals().seconds() + " s <= 7200.0 s");
        assertThat(new QualityGate(Metric.TOKENS, null, Baseline.ABSOLUTE, 1e6, Criticality.NOTE).evaluate(run)
                .message()).startsWith("tokens ").endsWith(" is above 1,000,000");
    }

    @Test
    void aReferenceGateWithoutReferenceIsNotCheckedAndDoesNotFail() {
        QualityGate gate = new QualityGate(Metric.AEI, null, Baseline.REFERENCE, -2, Criticality.FAILURE);
        GateResult none = gate.evaluate(run);
        assertThat(none.status()).isEqualTo(GateStatus.NO_REFERENCE);
        assertThat(none.passed()).isTrue();
        assertThat(none.value()).isEqualTo(run.metrics().aei());
        assertThat(none.reference()).isNull();
        assertThat(none.message()).isEqualTo("there is no reference run; not checked");

        RunSummary unfinished = SummaryFixtures.of(RunResultFixtures.running(), "deepseek");
        GateResult incomplete = gate.evaluate(run, unfinished, "x");
        assertThat(incomplete.status()).isEqualTo(GateStatus.NO_REFERENCE);
        assertThat(incomplete.referenceRunId()).isEqualTo(unfinished.runId());
        assertThat(incomplete.message()).isEqualTo("reference run " + unfinished.runId()
                + " is running (its AEI is known when it completes); not checked");

        QualityGate t4 = new QualityGate(Metric.STAGE_SCORE, "T4", Baseline.REFERENCE, -5, Criticality.FAILURE);
        GateResult noStage = t4.evaluate(run, unfinished, "x");
        assertThat(noStage.status()).isEqualTo(GateStatus.NO_REFERENCE);
        assertThat(noStage.message()).isEqualTo("reference run " + unfinished.runId()
                + " has no result for stage T4; not checked");
    }

    @Test
    void aRunWithoutTheValueFailsEvenWithoutReference() {
        RunSummary unfinished = SummaryFixtures.of(RunResultFixtures.running(), "deepseek");
        for (Baseline baseline : Baseline.values()) {
            GateResult result = new QualityGate(Metric.MEAN_REWARD, null, baseline, 0, Criticality.NOTE)
                    .evaluate(unfinished);
            assertThat(result.status()).isEqualTo(GateStatus.FAILED);
            assertThat(result.value()).isNull();
            assertThat(result.message()).isEqualTo("run " + unfinished.runId()
                    + " is running (its mean reward is known when it completes), so the gate fails");
        }
        GateResult stage = new QualityGate(Metric.STAGE_SCORE, "T5", Baseline.ABSOLUTE, 0, Criticality.NOTE)
                .evaluate(unfinished);
        assertThat(stage.passed()).isFalse();
        assertThat(stage.message()).contains("has no result for stage T5, so the gate fails");
        // a cost gate on a run that stopped early must not pass on its partial cost
        assertThat(new QualityGate(Metric.COST, null, Baseline.ABSOLUTE, 100, Criticality.NOTE).evaluate(unfinished)
                .passed()).isFalse();
    }

    @Test
    void aGateIsConsistentOrRefused() {
        assertThatThrownBy(() -> new QualityGate(Metric.STAGE_SCORE, null, Baseline.ABSOLUTE, 60, Criticality.NOTE))
                .hasMessage("metric stage needs a stage");
        assertThatThrownBy(() -> new QualityGate(Metric.AEI, "T1", Baseline.ABSOLUTE, 60, Criticality.NOTE))
                .hasMessage("only metric stage takes a stage, not aei");
        assertThatThrownBy(() -> new QualityGate(Metric.AEI, null, Baseline.ABSOLUTE, Double.NaN, Criticality.NOTE))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new QualityGate(null, null, Baseline.ABSOLUTE, 1, Criticality.NOTE))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aGateDescribesItselfAndWritesItsSpecBack() throws Exception {
        QualityGate aei = new QualityGate(Metric.AEI, null, Baseline.REFERENCE, -2, Criticality.UNSTABLE);
        assertThat(aei.describe()).isEqualTo("AEI change from the reference >= -2.00");
        assertThat(aei.toSpec()).isEqualTo("metric=aei,baseline=reference,threshold=-2,criticality=unstable");
        QualityGate t3 = new QualityGate(Metric.STAGE_SCORE, "T3", Baseline.ABSOLUTE, 62.5, Criticality.FAILURE);
        assertThat(t3.describe()).isEqualTo("T3 score >= 62.50");
        assertThat(t3.toSpec()).isEqualTo("metric=stage,stage=T3,baseline=absolute,threshold=62.5,criticality=failure");
        for (QualityGate gate : new QualityGate[] {aei, t3}) {
            assertThat(GateSpecs.parse(gate.toSpec())).isEqualTo(gate);
        }
        assertThat(new QualityGate(Metric.CALLS, null, Baseline.ABSOLUTE, 400, Criticality.NOTE).describe())
                .isEqualTo("LLM calls <= 400");
    }
}
