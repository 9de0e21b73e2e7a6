package org.ramp.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.ramp.history.RunSummary;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunTotals;
import org.ramp.results.Usage;

/**
 * Run B against run A: per stage and per metric, B − A. A value a run does not have (a stage it did
 * not reach, metrics of a run still going) is null, and so is its delta.
 */
public record RunComparison(Side a, Side b, List<StageDelta> stages, List<MetricDelta> metrics) {

    public RunComparison {
        stages = List.copyOf(stages);
        metrics = List.copyOf(metrics);
    }

    /** Which run a side is. */
    public record Side(String runId, String status, String model, Instant startedAt) {
        static Side of(RunResult run) {
            return new Side(run.runId(), run.status() == null ? null : run.status().id(),
                    run.settings() == null ? null : run.settings().model(), run.startedAt());
        }

        static Side of(RunSummary run) {
            return new Side(run.runId(), run.status() == null ? null : run.status().id(), run.model(), run.startedAt());
        }
    }

    /** One quantity in both runs and its difference B − A; null where a run lacks it. */
    public record Delta(Double a, Double b, Double delta) {
        static Delta of(Double a, Double b) {
            return new Delta(a, b, a == null || b == null ? null : b - a);
        }
    }

    /** Status in both runs; {@code changed} only when both have the stage. */
    public record StatusChange(String a, String b, boolean changed) {
    }

    /**
     * One stage compared.
     *
     * @param presence "both", "only-a" or "only-b"
     */
    public record StageDelta(String id, String name, String presence, StatusChange status, Delta score,
            Delta seconds, Delta costUsd, Delta tokensRamp, Delta tokensCorrected) {
    }

    /**
     * One metric compared.
     *
     * @param metric a stable id (the run.json field's name where there is one)
     * @param unit   "score", "stage", "seconds", "usd", "tokens" or "count": how to print it
     */
    public record MetricDelta(String metric, String label, String unit, Double a, Double b, Double delta) {
    }

    public static RunComparison of(RunResult a, RunResult b) {
        return compare(Side.of(a), stages(a), figures(a), Side.of(b), stages(b), figures(b));
    }

    /**
     * Two run summaries compared, as a build compares with its reference build without reading either's
     * details: a summary keeps no stage times, costs or tokens, so those deltas are null; metrics are there
     * only for completed runs.
     */
    public static RunComparison of(RunSummary a, RunSummary b) {
        return compare(Side.of(a), stages(a), figures(a), Side.of(b), stages(b), figures(b));
    }

    /** What one run has of a stage, whichever it comes from. */
    private record StageFigures(String id, String name, String status, Double score, Double seconds, Double costUsd,
            Double tokensRamp, Double tokensCorrected) {
    }

    /** The metrics compared: id, label, unit. */
    private static final List<List<String>> METRICS = List.of(
            List.of("pipelineScore", "pipeline score", "score"), List.of("meanReward", "mean reward", "score"),
            List.of("passScore", "pass score", "score"), List.of("stage", "stage", "stage"),
            List.of("aei", "AEI", "score"), List.of("strictScore", "strict end-to-end score", "score"),
            List.of("seconds", "total time", "seconds"), List.of("costUsd", "cost", "usd"),
            List.of("tokensRamp", "tokens (RAMP sum)", "tokens"),
            List.of("tokensCorrected", "tokens (corrected)", "tokens"), List.of("calls", "LLM calls", "count"),
            List.of("modelFailures", "model failures", "count"),
            List.of("infrastructureFailures", "infrastructure failures", "count"));

    private static RunComparison compare(Side sideA, List<StageFigures> stagesA, Map<String, Double> figuresA,
            Side sideB, List<StageFigures> stagesB, Map<String, Double> figuresB) {
        Map<String, StageFigures[]> byId = new LinkedHashMap<>();
        for (StageFigures stage : stagesA) {
            byId.computeIfAbsent(stage.id(), id -> new StageFigures[2])[0] = stage;
        }
        for (StageFigures stage : stagesB) {
            byId.computeIfAbsent(stage.id(), id -> new StageFigures[2])[1] = stage;
        }
        List<StageDelta> stages = new ArrayList<>();
        for (Map.Entry<String, StageFigures[]> entry : byId.entrySet()) {
            StageFigures sa = entry.getValue()[0];
            StageFigures sb = entry.getValue()[1];
            String presence = sa != null && sb != null ? "both" : sa != null ? "only-a" : "only-b";
            String statusA = sa == null ? null : sa.status();
            String statusB = sb == null ? null : sb.status();
            stages.add(new StageDelta(entry.getKey(), sb != null ? sb.name() : sa.name(), presence,
                    new StatusChange(statusA, statusB, sa != null && sb != null && !Objects.equals(statusA, statusB)),
                    stage(sa, sb, StageFigures::score), stage(sa, sb, StageFigures::seconds),
                    stage(sa, sb, StageFigures::costUsd), stage(sa, sb, StageFigures::tokensRamp),
                    stage(sa, sb, StageFigures::tokensCorrected)));
        }
        List<MetricDelta> metrics = new ArrayList<>();
        for (List<String> metric : METRICS) {
            Delta delta = Delta.of(figuresA.get(metric.get(0)), figuresB.get(metric.get(0)));
            metrics.add(new MetricDelta(metric.get(0), metric.get(1), metric.get(2), delta.a(), delta.b(),
                    delta.delta()));
        }
        return new RunComparison(sideA, sideB, stages, metrics);
    }

    private static Delta stage(StageFigures a, StageFigures b, Function<StageFigures, Double> value) {
        return Delta.of(a == null ? null : value.apply(a), b == null ? null : value.apply(b));
    }

    private static List<StageFigures> stages(RunResult run) {
        return run.stages().stream().map(s -> new StageFigures(s.id(), s.name(),
                s.status() == null ? null : s.status().id(), s.score(), HtmlReport.stageSeconds(s),
                HtmlReport.usage(s).costUsd(), (double) HtmlReport.usage(s).tokensRamp(),
                (double) HtmlReport.usage(s).tokensCorrected())).toList();
    }

    private static List<StageFigures> stages(RunSummary run) {
        return run.stages().stream().map(s -> new StageFigures(s.id(), s.name(),
                s.status() == null ? null : s.status().id(), s.score(), null, null, null, null)).toList();
    }

    /** A run's metrics (when it has them) and totals by the ids of {@link #METRICS}. */
    private static Map<String, Double> figures(RunResult run) {
        Map<String, Double> figures = new HashMap<>();
        RunMetrics m = run.metrics();
        if (m != null) {
            scores(figures, m.pipelineScore(), m.meanReward(), m.passScore(), m.stage(), m.aei(), m.strictScore());
        }
        RunTotals t = run.totals();
        if (t != null) {
            totals(figures, t.seconds(), t.modelFailures(), t.infrastructureFailures());
            Usage u = t.usage();
            if (u != null) {
                usage(figures, u.costUsd(), u.tokensRamp(), u.tokensCorrected(), u.calls());
            }
        }
        return figures;
    }

    private static Map<String, Double> figures(RunSummary run) {
        Map<String, Double> figures = new HashMap<>();
        RunSummary.Metrics m = run.metrics();
        if (m != null) {
            scores(figures, m.pipelineScore(), m.meanReward(), m.passScore(), m.stage(), m.aei(), m.strictScore());
        }
        RunSummary.Totals t = run.totals();
        if (t != null) {
            totals(figures, t.seconds(), t.modelFailures(), t.infrastructureFailures());
            usage(figures, t.costUsd(), t.tokensRamp(), t.tokensCorrected(), t.calls());
        }
        return figures;
    }

    private static void scores(Map<String, Double> figures, double pipeline, double meanReward, double pass, int stage,
            double aei, double strict) {
        figures.put("pipelineScore", pipeline);
        figures.put("meanReward", meanReward);
        figures.put("passScore", pass);
        figures.put("stage", (double) stage);
        figures.put("aei", aei);
        figures.put("strictScore", strict);
    }

    private static void totals(Map<String, Double> figures, double seconds, int modelFailures,
            int infrastructureFailures) {
        figures.put("seconds", seconds);
        figures.put("modelFailures", (double) modelFailures);
        figures.put("infrastructureFailures", (double) infrastructureFailures);
    }

    private static void usage(Map<String, Double> figures, double costUsd, long tokensRamp, long tokensCorrected,
            int calls) {
        figures.put("costUsd", costUsd);
        figures.put("tokensRamp", (double) tokensRamp);
        figures.put("tokensCorrected", (double) tokensCorrected);
        figures.put("calls", (double) calls);
    }

    /** The comparison as JSON: the records' fields, nulls kept so that every key is always there. */
    public String toJson() {
        try {
            return RunResults.json().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison", e);
        }
    }

    /** Two aligned tables, stages then metrics, every difference written with its sign. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("A  ").append(describe(a)).append('\n').append("B  ").append(describe(b)).append('\n')
                .append("differences are B-A; \"-\" where a run has no value\n\n");
        TextTable stageTable = new TextTable("stage", "name", "status A -> B", "score A>", "score B>", "score B-A>",
                "time B-A>", "cost B-A>", "tokens RAMP B-A>", "tokens corr. B-A>");
        for (StageDelta stage : stages) {
            String status = switch (stage.presence()) {
                case "only-a" -> "only in A (" + stage.status().a() + ")";
                case "only-b" -> "only in B (" + stage.status().b() + ")";
                default -> stage.status().changed() ? stage.status().a() + " -> " + stage.status().b()
                        : stage.status().b();
            };
            stageTable.row(stage.id(), stage.name() == null ? "" : stage.name(), status,
                    Formats.byUnit(stage.score().a(), "score"), Formats.byUnit(stage.score().b(), "score"),
                    Formats.signedByUnit(stage.score().delta(), "score"),
                    Formats.signedByUnit(stage.seconds().delta(), "seconds"),
                    Formats.signedByUnit(stage.costUsd().delta(), "usd"),
                    Formats.signedByUnit(stage.tokensRamp().delta(), "tokens"),
                    Formats.signedByUnit(stage.tokensCorrected().delta(), "tokens"));
        }
        out.append(stageTable.render()).append('\n');
        TextTable metricTable = new TextTable("metric", "A>", "B>", "B-A>");
        for (MetricDelta metric : metrics) {
            metricTable.row(metric.label(), Formats.byUnit(metric.a(), metric.unit()),
                    Formats.byUnit(metric.b(), metric.unit()), Formats.signedByUnit(metric.delta(), metric.unit()));
        }
        out.append(metricTable.render());
        return out.toString();
    }

    private static String describe(Side side) {
        return side.runId() + "  " + (side.model() == null ? "?" : side.model()) + "  "
                + (side.status() == null ? "?" : side.status()) + "  started " + Formats.time(side.startedAt());
    }
}
