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
import org.ramp.results.RunSettings;
import org.ramp.results.RunStatus;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
import org.ramp.results.Usage;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.workload.TestProgram;

/**
 * Writes a run's run.json from the stages known so far: totals with model and infrastructure failures
 * apart, and, once every stage is known, RAMP's metrics in both views. Settings never carry a secret.
 */
final class RunRecord {
    private final RunDirectory dir;
    private final RunConfig config;
    private final ToolchainInfo toolchain;
    private final Instant started;

    RunRecord(RunDirectory dir, RunConfig config, ToolchainInfo toolchain, Instant started) {
        this.dir = dir;
        this.config = config;
        this.toolchain = toolchain;
        this.started = started;
    }

    RunResult write(RunStatus status, List<StageResult> stages) throws IOException {
        Instant finished = status == RunStatus.COMPLETED ? Instant.now() : null;
        double seconds = Duration.between(started, finished != null ? finished : Instant.now()).toMillis() / 1000.0;
        Usage usage = stages.stream().map(StageResult::usage).reduce(Usage.NONE, Usage::plus);
        int infrastructure = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass() == FailureClass.INFRASTRUCTURE).count();
        int model = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass().isModelFailure()).count();
        RunTotals totals = new RunTotals(seconds, usage, (int) stages.stream().filter(StageResult::passed).count(),
                model, infrastructure);
        RunMetrics metrics = stages.size() == config.workload().stages().size() ? metrics(stages, seconds, usage) : null;
        RunResult result = new RunResult(RunResult.SCHEMA, config.runId(), status, started, finished, settings(),
                new RunResult.Toolchain(toolchain.tag(), toolchain.imageId(), toolchain.clangVersion()),
                new RunResult.Workload(config.workload().name(), config.workload().version()), stages, totals, metrics);
        RunResults.write(dir.runJson(), result);
        return result;
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

    private RunSettings settings() {
        AgentSpec agent = config.agent();
        boolean calls = agent.usesModel();
        String endpoint = calls && !agent.kind().equals(AgentSpec.REPLAY) ? config.endpoint() : "";
        List<String> programs = config.programs().size() == config.workload().programs().size() ? List.of()
                : config.programs().stream().map(TestProgram::name).toList();
        return new RunSettings(calls ? config.model() : "none", endpoint, agent.kind(), agent.options(),
                config.mode().id(), RunConfig.budgets(config.runBudgets()), RunConfig.budgets(config.stageBudgets()),
                RunConfig.scales(config.scales()), programs);
    }
}
