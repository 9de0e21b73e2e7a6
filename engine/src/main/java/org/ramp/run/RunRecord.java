package org.ramp.run;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.ramp.metrics.RunMeasures;
import org.ramp.metrics.Scorecard;
import org.ramp.metrics.StageScores;
import org.ramp.results.FailureClass;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunStatus;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
import org.ramp.results.Usage;
import org.ramp.toolchain.ToolchainInfo;

/**
 * Writes a run's run.json from the stages known so far: totals with model, infrastructure and
 * configuration failures apart, and, once every stage is known, RAMP's metrics in both views. Settings never carry a secret.
 * Once the run is marked interrupted, later writes of this process are dropped, so that a stage cut
 * short by the interruption can never overwrite that mark with a result it does not have.
 */
final class RunRecord {
    private final RunDirectory dir;
    private final RunConfig config;
    private final ToolchainInfo toolchain;
    private final Instant started;
    private boolean closed;

    RunRecord(RunDirectory dir, RunConfig config, ToolchainInfo toolchain, Instant started) {
        this.dir = dir;
        this.config = config;
        this.toolchain = toolchain;
        this.started = started;
    }

    /** Writes run.json; returns what it wrote, or null once the run was marked interrupted. */
    synchronized RunResult write(RunStatus status, List<StageResult> stages) throws IOException {
        if (closed) {
            return null;
        }
        RunResult result = result(status, stages);
        RunResults.write(dir.runJson(), result);
        closed = status == RunStatus.INTERRUPTED;
        return result;
    }

    /** Whether this process may still write results of the run. */
    synchronized boolean open() {
        return !closed;
    }

    /** Writes a stage's result and run.json together, unless the run was marked interrupted. */
    synchronized boolean writeStage(StageResult stage, List<StageResult> stages) throws IOException {
        if (closed) {
            return false;
        }
        dir.writeStage(stage);
        write(RunStatus.RUNNING, stages);
        return true;
    }

    private RunResult result(RunStatus status, List<StageResult> stages) {
        Instant finished = status == RunStatus.COMPLETED ? Instant.now() : null;
        double seconds = seconds(stages);
        Usage usage = stages.stream().map(StageResult::usage).reduce(Usage.NONE, Usage::plus);
        int infrastructure = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass() == FailureClass.INFRASTRUCTURE).count();
        int model = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass().isModelFailure()).count();
        int configuration = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass() == FailureClass.CONFIGURATION).count();
        RunTotals totals = new RunTotals(seconds, usage, (int) stages.stream().filter(StageResult::passed).count(),
                model, infrastructure, configuration);
        RunMetrics metrics = stages.size() == config.workload().stages().size() ? metrics(stages, seconds, usage) : null;
        return new RunResult(RunResult.SCHEMA, config.runId(), status, started, finished,
                RunSettingsCodec.settings(config),
                new RunResult.Toolchain(toolchain.tag(), toolchain.imageId(), toolchain.clangVersion()),
                new RunResult.Workload(config.workload().name(), config.workload().version()), stages, totals, metrics);
    }

    /**
     * The run's time: what its stages took, agent phase and grading. A run driven stage by stage (a
     * Jenkins Pipeline) spends time between its steps that is not the agent's; the sum of the stages is the
     * same measure whether the run ran in one process or in several.
     */
    static double seconds(List<StageResult> stages) {
        return stages.stream().mapToDouble(s -> Duration.between(s.startedAt(), s.finishedAt()).toMillis() / 1000.0)
                .sum();
    }

    private RunMetrics metrics(List<StageResult> stages, double seconds, Usage usage) {
        StageScores scores = StageScores.of(stages.stream().mapToDouble(StageResult::score).toArray());
        Scorecard card = Scorecard.of(new RunMeasures(scores, seconds, usage.costUsd(), usage.tokensRamp(),
                OptionalLong.of(usage.tokensCorrected())), config.scales());
        Map<String, Double> components = new LinkedHashMap<>();
        components.put("stage", card.aeiComponents().stage());
        components.put("meanReward", card.aeiComponents().meanReward());
        components.put("time", card.aeiComponents().time());
        components.put("cost", card.aeiComponents().cost());
        components.put("tokens", card.aeiComponents().tokens());
        return new RunMetrics(card.pipelineScore(), card.meanReward(), card.passScore(), card.stage(), card.aei(),
                components, card.strictScore(), scores.strictScores());
    }
}
