package org.ramp.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramp.results.FailureClass;
import org.ramp.results.InputSource;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunStatus;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;

/**
 * What a build keeps of one run (schema {@value #SCHEMA}, see docs/run-summary.md): enough for trend
 * charts, leaderboards, comparisons and quality gates without reading the run's details. Its JSON stays
 * well under 2 KB; fields are only ever added within one schema version.
 *
 * @param name    what the run is called across builds: in Jenkins the {@code rampRun} name, on the command
 *                line the run id unless given; gates find a run's reference by it
 * @param metrics RAMP's metrics, only when the run completed (null otherwise)
 * @param totals  the run's totals as run.json has them (partial while the run is not completed; null when
 *                run.json has none)
 */
public record RunSummary(String schema, String name, String runId, String model, String agent, String mode,
        RunStatus status, Instant startedAt, List<Stage> stages, Metrics metrics, Totals totals) {

    public static final String SCHEMA = "ramp-summary/1";

    public RunSummary {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /**
     * One stage.
     *
     * @param failureClass why it failed; null when it passed or was not reached
     */
    public record Stage(String id, String name, double score, StageStatus status, InputSource inputs,
            boolean resurrected, FailureClass failureClass) {
    }

    /** RAMP's metrics of a completed run (see ../shared/RAMP.md). */
    public record Metrics(double pipelineScore, double meanReward, double passScore, int stage, double strictScore,
            double aei, AeiComponents aeiComponents) {
    }

    /** The five clipped scores AEI is the mean of. */
    public record AeiComponents(double stage, double meanReward, double time, double cost, double tokens) {
    }

    /**
     * A run's totals.
     *
     * @param tokensCorrected every token counted once
     * @param tokensRamp      RAMP's published sum (cached prompt tokens counted twice)
     */
    public record Totals(double seconds, double costUsd, long tokensCorrected, long tokensRamp, int calls,
            int stagesPassed, int modelFailures, int infrastructureFailures) {
    }

    /** Whether the run completed, so that its metrics and totals are final. */
    public boolean complete() {
        return status == RunStatus.COMPLETED && metrics != null;
    }

    /** The same summary under another name. */
    public RunSummary withName(String newName) {
        return new RunSummary(schema, newName, runId, model, agent, mode, status, startedAt, stages, metrics, totals);
    }

    /** The stage with this id, or null. */
    public Stage stage(String id) {
        for (Stage stage : stages) {
            if (stage.id().equals(id)) {
                return stage;
            }
        }
        return null;
    }

    /**
     * The summary of a run as read from its run.json.
     *
     * @param name the run's name; null or blank for its run id
     * @throws RunSummaryException when run.json lacks what a summary needs (the message names the field)
     */
    public static RunSummary of(RunResult run, String name) throws RunSummaryException {
        if (run.runId() == null || run.runId().isBlank()) {
            throw new RunSummaryException("field \"runId\" is missing; it names the run");
        }
        if (run.status() == null) {
            throw new RunSummaryException("field \"status\" is missing; it must be running, completed or interrupted");
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < run.stages().size(); i++) {
            StageResult stage = run.stages().get(i);
            if (stage.id() == null || stage.id().isBlank()) {
                throw new RunSummaryException("field \"stages[" + i + "].id\" is missing; it names the stage (T0..T5)");
            }
            if (stage.status() == null) {
                throw new RunSummaryException("field \"stages[" + i + "].status\" is missing; it must be passed, "
                        + "failed or not-reached");
            }
            stages.add(new Stage(stage.id(), stage.name(), stage.score(), stage.status(), stage.inputs(),
                    stage.resurrected(), stage.failure() == null ? null : stage.failure().failureClass()));
        }
        String settingsModel = run.settings() == null ? null : run.settings().model();
        String agent = run.settings() == null ? null : run.settings().agent();
        String mode = run.settings() == null ? null : run.settings().mode();
        Metrics metrics = run.status() == RunStatus.COMPLETED && run.metrics() != null ? metrics(run.metrics()) : null;
        RunSummary summary = new RunSummary(SCHEMA, name == null || name.isBlank() ? run.runId() : name, run.runId(),
                settingsModel, agent, mode, run.status(), run.startedAt(), stages, metrics, totals(run));
        // the checks a reader makes, so that every summary made can be read back
        SummaryReader.read(RunSummaries.json().valueToTree(summary), "run " + run.runId());
        return summary;
    }

    private static Metrics metrics(RunMetrics metrics) throws RunSummaryException {
        Map<String, Double> parts = metrics.aeiComponents();
        return new Metrics(metrics.pipelineScore(), metrics.meanReward(), metrics.passScore(), metrics.stage(),
                metrics.strictScore(), metrics.aei(), new AeiComponents(part(parts, "stage"), part(parts, "meanReward"),
                        part(parts, "time"), part(parts, "cost"), part(parts, "tokens")));
    }

    private static double part(Map<String, Double> parts, String key) throws RunSummaryException {
        Double value = parts.get(key);
        if (value == null) {
            throw new RunSummaryException("field \"metrics.aeiComponents." + key + "\" is missing; a completed run "
                    + "has all five: stage, meanReward, time, cost, tokens");
        }
        return value;
    }

    private static Totals totals(RunResult run) {
        if (run.totals() == null) {
            return null;
        }
        Usage usage = run.totals().usage() == null ? Usage.NONE : run.totals().usage();
        return new Totals(run.totals().seconds(), usage.costUsd(), usage.tokensCorrected(), usage.tokensRamp(),
                usage.calls(), run.totals().stagesPassed(), run.totals().modelFailures(),
                run.totals().infrastructureFailures());
    }
}
