package org.ramp.gates;

import java.util.Locale;
import java.util.Objects;
import org.ramp.history.Metric;
import org.ramp.history.RunSummary;
import org.ramp.report.Formats;

/**
 * A quality gate: a metric of a run (a stage's score needs the stage), a threshold, a baseline and what a
 * failure means. For a metric where higher is better the gate passes when value >= threshold (ABSOLUTE) or
 * when value - reference >= threshold (REFERENCE: -2 means "may lose at most 2 points"); where lower is
 * better, when value <= threshold or value - reference <= threshold. A missing reference is not a failure;
 * a missing value (a run that did not complete, a stage without a result) is.
 *
 * @param stage the stage id for {@link Metric#STAGE_SCORE}, null for every other metric
 */
public record QualityGate(Metric metric, String stage, Baseline baseline, double threshold, Criticality criticality) {

    /** So that a delta written as -2.00 is not failed by the last bits of a subtraction. */
    static final double TOLERANCE = 1e-9;

    public QualityGate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(criticality, "criticality");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number, not " + threshold);
        }
        if (metric.needsStage() != (stage != null)) {
            throw new IllegalArgumentException(metric.needsStage() ? "metric " + metric.id() + " needs a stage"
                    : "only metric " + Metric.STAGE_SCORE.id() + " takes a stage, not " + metric.id());
        }
    }

    /** What the gate reads: "AEI", "T3 score". */
    public String label() {
        return metric.needsStage() ? stage + " score" : metric.label();
    }

    /** The rule in words: "AEI >= 70.00", "cost change from the reference <= +$0.500". */
    public String describe() {
        String comparison = metric.higherIsBetter() ? " >= " : " <= ";
        return baseline == Baseline.ABSOLUTE ? label() + comparison + format(threshold)
                : label() + " change from the reference" + comparison + signed(threshold);
    }

    /** The gate as the command line writes it; {@link GateSpecs#parse} reads it back. */
    public String toSpec() {
        return "metric=" + metric.id() + (stage == null ? "" : ",stage=" + stage) + ",baseline=" + baseline.id()
                + ",threshold=" + plain(threshold) + ",criticality=" + criticality.id();
    }

    /** The gate on one run without a reference (a REFERENCE gate is then not checked). */
    public GateResult evaluate(RunSummary run) {
        return evaluate(run, null, "there is no reference run");
    }

    /**
     * The gate on one run.
     *
     * @param reference the reference run of the same name, or null
     * @param noReference why there is no reference, when {@code reference} is null: "there is no reference run"
     */
    public GateResult evaluate(RunSummary run, RunSummary reference, String noReference) {
        Double value = metric.valueIn(run, stage);
        if (value == null) {
            return result(run, null, null, null, GateStatus.FAILED,
                    "run " + run.runId() + " " + metric.whyAbsent(run, stage) + ", so the gate fails");
        }
        if (baseline == Baseline.ABSOLUTE) {
            boolean passed = passes(value);
            return result(run, value, null, null, passed ? GateStatus.PASSED : GateStatus.FAILED,
                    label() + " " + format(value) + (passed ? comparison() : failedComparison()) + format(threshold));
        }
        if (reference == null) {
            return result(run, value, null, null, GateStatus.NO_REFERENCE, noReference + "; not checked");
        }
        Double referenceValue = metric.valueIn(reference, stage);
        if (referenceValue == null) {
            return result(run, value, reference, null, GateStatus.NO_REFERENCE, "reference run " + reference.runId()
                    + " " + metric.whyAbsent(reference, stage) + "; not checked");
        }
        double delta = value - referenceValue;
        boolean passed = passes(delta);
        return result(run, value, reference, referenceValue, passed ? GateStatus.PASSED : GateStatus.FAILED,
                label() + " " + format(value) + " against " + format(referenceValue) + " in reference run "
                        + reference.runId() + ": " + signed(delta) + (passed ? comparison() : failedComparison())
                        + signed(threshold));
    }

    private boolean passes(double value) {
        return metric.higherIsBetter() ? value >= threshold - TOLERANCE : value <= threshold + TOLERANCE;
    }

    private String comparison() {
        return metric.higherIsBetter() ? " >= " : " <= ";
    }

    private String failedComparison() {
        return metric.higherIsBetter() ? " is below " : " is above ";
    }

    private GateResult result(RunSummary run, Double value, RunSummary reference, Double referenceValue,
            GateStatus status, String message) {
        Double delta = value == null || referenceValue == null ? null : value - referenceValue;
        return new GateResult(this, run.name(), run.runId(), run.model(), value,
                reference == null ? null : reference.runId(), referenceValue, delta, status,
                status != GateStatus.FAILED, message);
    }

    private String format(double value) {
        return Formats.byUnit(value, metric.unit().id());
    }

    private String signed(double value) {
        return Formats.signedByUnit(value, metric.unit().id());
    }

    /** 60 rather than 60.0; a threshold as typed. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%d", (long) value)
                : Double.toString(value);
    }
}
