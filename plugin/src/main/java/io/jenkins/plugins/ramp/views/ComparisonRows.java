package io.jenkins.plugins.ramp.views;

import java.util.ArrayList;
import java.util.List;
import org.ramp.history.RunSummary;
import org.ramp.report.Formats;
import org.ramp.report.RunComparison;

/**
 * A run of this build against the run of the same name in another build, from both summaries (the engine's
 * {@link RunComparison}): per stage (status, score) and per metric, this build minus the other.
 */
public final class ComparisonRows {
    private final String name;
    private final RunComparison comparison;

    private ComparisonRows(String name, RunComparison comparison) {
        this.name = name;
        this.comparison = comparison;
    }

    /** @param other the other build's run of that name, or null when it has none */
    public static ComparisonRows of(String name, RunSummary other, RunSummary current) {
        return new ComparisonRows(name, other == null ? null : RunComparison.of(other, current));
    }

    public String getName() {
        return ViewText.line(name, 80);
    }

    /** Whether the other build has a run of this name. */
    public boolean isCompared() {
        return comparison != null;
    }

    public String getOtherRunId() {
        return comparison == null ? "" : ViewText.line(comparison.a().runId(), 80);
    }

    public List<Row> getStages() {
        List<Row> rows = new ArrayList<>();
        if (comparison != null) {
            for (RunComparison.StageDelta s : comparison.stages()) {
                String status = s.status().changed() ? s.status().a() + " -> " + s.status().b()
                        : s.presence().equals("only-a") ? "only in the other build (" + s.status().a() + ")"
                        : s.presence().equals("only-b") ? "only in this build (" + s.status().b() + ")" : s.status().b();
                rows.add(new Row(s.id() + (s.name() == null ? "" : " " + ViewText.line(s.name(), 40)),
                        ViewText.line(status, 80), s.score(), "score"));
            }
        }
        return rows;
    }

    public List<Row> getMetrics() {
        List<Row> rows = new ArrayList<>();
        if (comparison != null) {
            for (RunComparison.MetricDelta m : comparison.metrics()) {
                rows.add(new Row(m.label(), "", new RunComparison.Delta(m.a(), m.b(), m.delta()), m.unit()));
            }
        }
        return rows;
    }

    /** One compared quantity: the other build's value, this build's, and the difference with its sign. */
    public static final class Row {
        private final String label;
        private final String status;
        private final RunComparison.Delta delta;
        private final String unit;

        Row(String label, String status, RunComparison.Delta delta, String unit) {
            this.label = label;
            this.status = status;
            this.delta = delta;
            this.unit = unit;
        }

        public String getLabel() {
            return label;
        }

        public String getStatus() {
            return status;
        }

        public String getOther() {
            return Formats.byUnit(delta.a(), unit);
        }

        public String getCurrent() {
            return Formats.byUnit(delta.b(), unit);
        }

        public String getDelta() {
            return Formats.signedByUnit(delta.delta(), unit);
        }

        /** "better", "worse" or "" for the page's colouring; lower is better for cost, tokens, time and failures. */
        public String getDirection() {
            if (delta.delta() == null || Math.abs(delta.delta()) < 1e-9) {
                return "";
            }
            boolean higherIsBetter = "score".equals(unit) || "stage".equals(unit);
            return (delta.delta() > 0) == higherIsBetter ? "better" : "worse";
        }
    }
}
