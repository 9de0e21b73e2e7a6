package io.jenkins.plugins.ramp.views;

import java.util.ArrayList;
import java.util.List;
import org.ramp.history.RunSummary;
import org.ramp.report.Formats;

/** One labelled figure of a run (a metric, an AEI component, a total), written in its unit. */
public final class Figure {
    private final String label;
    private final String text;

    Figure(String label, Double value, String unit) {
        this.label = label;
        this.text = Formats.byUnit(value, unit);
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    /** RAMP's metrics of a completed run, AEI first; empty for a run that did not complete. */
    public static List<Figure> metrics(RunSummary run) {
        List<Figure> figures = new ArrayList<>();
        RunSummary.Metrics m = run.complete() ? run.metrics() : null;
        if (m == null) {
            return figures;
        }
        figures.add(new Figure("AEI", m.aei(), "score"));
        figures.add(new Figure("pipeline score", m.pipelineScore(), "score"));
        figures.add(new Figure("mean reward", m.meanReward(), "score"));
        figures.add(new Figure("pass score", m.passScore(), "score"));
        figures.add(new Figure("stage", (double) m.stage(), "stage"));
        figures.add(new Figure("strict end-to-end score", m.strictScore(), "score"));
        return figures;
    }

    /** AEI's five components (each 0..100; AEI is their mean). */
    public static List<Figure> aeiComponents(RunSummary run) {
        List<Figure> figures = new ArrayList<>();
        if (!run.complete() || run.metrics().aeiComponents() == null) {
            return figures;
        }
        RunSummary.AeiComponents c = run.metrics().aeiComponents();
        figures.add(new Figure("stage component", c.stage(), "score"));
        figures.add(new Figure("mean reward component", c.meanReward(), "score"));
        figures.add(new Figure("time component", c.time(), "score"));
        figures.add(new Figure("cost component", c.cost(), "score"));
        figures.add(new Figure("tokens component", c.tokens(), "score"));
        return figures;
    }

    /** The run's totals (partial while the run is not completed). */
    public static List<Figure> totals(RunSummary run) {
        List<Figure> figures = new ArrayList<>();
        RunSummary.Totals t = run.totals();
        if (t == null) {
            return figures;
        }
        figures.add(new Figure("time", t.seconds(), "seconds"));
        figures.add(new Figure("cost", t.costUsd(), "usd"));
        figures.add(new Figure("tokens (each once)", (double) t.tokensCorrected(), "tokens"));
        figures.add(new Figure("tokens (RAMP sum)", (double) t.tokensRamp(), "tokens"));
        figures.add(new Figure("LLM calls", (double) t.calls(), "count"));
        figures.add(new Figure("stages passed", (double) t.stagesPassed(), "count"));
        figures.add(new Figure("model failures", (double) t.modelFailures(), "count"));
        figures.add(new Figure("infrastructure failures", (double) t.infrastructureFailures(), "count"));
        return figures;
    }
}
