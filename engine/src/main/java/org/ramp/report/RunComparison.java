package org.ramp.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
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
        Map<String, StageResult[]> byId = new LinkedHashMap<>();
        for (StageResult stage : a.stages()) {
            byId.computeIfAbsent(stage.id(), id -> new StageResult[2])[0] = stage;
        }
        for (StageResult stage : b.stages()) {
            byId.computeIfAbsent(stage.id(), id -> new StageResult[2])[1] = stage;
        }
        List<StageDelta> stages = new ArrayList<>();
        for (Map.Entry<String, StageResult[]> entry : byId.entrySet()) {
            StageResult sa = entry.getValue()[0];
            StageResult sb = entry.getValue()[1];
            String presence = sa != null && sb != null ? "both" : sa != null ? "only-a" : "only-b";
            String statusA = sa == null || sa.status() == null ? null : sa.status().id();
            String statusB = sb == null || sb.status() == null ? null : sb.status().id();
            stages.add(new StageDelta(entry.getKey(), sb != null ? sb.name() : sa.name(), presence,
                    new StatusChange(statusA, statusB, sa != null && sb != null && !Objects.equals(statusA, statusB)),
                    stage(sa, sb, StageResult::score), stage(sa, sb, HtmlReport::stageSeconds),
                    stage(sa, sb, s -> HtmlReport.usage(s).costUsd()),
                    stage(sa, sb, s -> (double) HtmlReport.usage(s).tokensRamp()),
                    stage(sa, sb, s -> (double) HtmlReport.usage(s).tokensCorrected())));
        }
        List<MetricDelta> metrics = new ArrayList<>();
        metric(metrics, a, b, "pipelineScore", "pipeline score", "score", m(RunMetrics::pipelineScore));
        metric(metrics, a, b, "meanReward", "mean reward", "score", m(RunMetrics::meanReward));
        metric(metrics, a, b, "passScore", "pass score", "score", m(RunMetrics::passScore));
        metric(metrics, a, b, "stage", "stage", "stage", m(metric -> (double) metric.stage()));
        metric(metrics, a, b, "aei", "AEI", "score", m(RunMetrics::aei));
        metric(metrics, a, b, "strictScore", "strict end-to-end score", "score", m(RunMetrics::strictScore));
        metric(metrics, a, b, "seconds", "total time", "seconds", t(RunTotals::seconds));
        metric(metrics, a, b, "costUsd", "cost", "usd", u(Usage::costUsd));
        metric(metrics, a, b, "tokensRamp", "tokens (RAMP sum)", "tokens", u(usage -> (double) usage.tokensRamp()));
        metric(metrics, a, b, "tokensCorrected", "tokens (corrected)", "tokens",
                u(usage -> (double) usage.tokensCorrected()));
        metric(metrics, a, b, "calls", "LLM calls", "count", u(usage -> (double) usage.calls()));
        metric(metrics, a, b, "modelFailures", "model failures", "count", t(totals -> (double) totals.modelFailures()));
        metric(metrics, a, b, "infrastructureFailures", "infrastructure failures", "count",
                t(totals -> (double) totals.infrastructureFailures()));
        return new RunComparison(Side.of(a), Side.of(b), stages, metrics);
    }

    private static Delta stage(StageResult a, StageResult b, Function<StageResult, Double> value) {
        return Delta.of(a == null ? null : value.apply(a), b == null ? null : value.apply(b));
    }

    private static void metric(List<MetricDelta> metrics, RunResult a, RunResult b, String id, String label,
            String unit, Function<RunResult, Double> value) {
        Delta delta = Delta.of(value.apply(a), value.apply(b));
        metrics.add(new MetricDelta(id, label, unit, delta.a(), delta.b(), delta.delta()));
    }

    private static Function<RunResult, Double> m(Function<RunMetrics, Double> value) {
        return run -> run.metrics() == null ? null : value.apply(run.metrics());
    }

    private static Function<RunResult, Double> t(Function<RunTotals, Double> value) {
        return run -> run.totals() == null ? null : value.apply(run.totals());
    }

    private static Function<RunResult, Double> u(Function<Usage, Double> value) {
        return run -> run.totals() == null || run.totals().usage() == null ? null : value.apply(run.totals().usage());
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
            stageTable.row(stage.id(), stage.name() == null ? "" : stage.name(), status, value(stage.score().a(), "score"),
                    value(stage.score().b(), "score"), signed(stage.score().delta(), "score"),
                    signed(stage.seconds().delta(), "seconds"), signed(stage.costUsd().delta(), "usd"),
                    signed(stage.tokensRamp().delta(), "tokens"), signed(stage.tokensCorrected().delta(), "tokens"));
        }
        out.append(stageTable.render()).append('\n');
        TextTable metricTable = new TextTable("metric", "A>", "B>", "B-A>");
        for (MetricDelta metric : metrics) {
            metricTable.row(metric.label(), value(metric.a(), metric.unit()), value(metric.b(), metric.unit()),
                    signed(metric.delta(), metric.unit()));
        }
        out.append(metricTable.render());
        return out.toString();
    }

    private static String describe(Side side) {
        return side.runId() + "  " + (side.model() == null ? "?" : side.model()) + "  "
                + (side.status() == null ? "?" : side.status()) + "  started " + Formats.time(side.startedAt());
    }

    static String value(Double value, String unit) {
        if (value == null) {
            return Formats.ABSENT;
        }
        return switch (unit) {
            case "score" -> Formats.decimals(value, 2);
            case "seconds" -> Formats.decimals(value, 1) + " s";
            case "usd" -> Formats.usd(value);
            case "tokens", "count", "stage" -> Formats.count(Math.round(value));
            default -> Formats.decimals(value, 2);
        };
    }

    static String signed(Double value, String unit) {
        if (value == null) {
            return Formats.ABSENT;
        }
        return switch (unit) {
            case "score" -> Formats.signed(value, 2);
            case "seconds" -> Formats.signed(value, 1) + " s";
            case "usd" -> (value < 0 ? "-$" : "+$") + Formats.decimals(Math.abs(value), Math.abs(value) < 10 ? 3 : 2);
            case "tokens", "count", "stage" -> Formats.signedCount(Math.round(value));
            default -> Formats.signed(value, 2);
        };
    }
}
