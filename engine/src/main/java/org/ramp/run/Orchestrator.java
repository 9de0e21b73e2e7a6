package org.ramp.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ramp.agents.Agent;
import org.ramp.agents.AgentOutcome;
import org.ramp.agents.AgentTask;
import org.ramp.agents.BuiltinAgent;
import org.ramp.agents.StopReason;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.Gateway;
import org.ramp.gateway.GatewayConfig;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ModelPrice;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.Secret;
import org.ramp.gateway.UnixSocketBridge;
import org.ramp.gateway.UsageTotals;
import org.ramp.metrics.RunMeasures;
import org.ramp.metrics.Scorecard;
import org.ramp.metrics.StageScores;
import org.ramp.metrics.TokenUsage;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.JUnitReport;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunSettings;
import org.ramp.results.RunStatus;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;
import org.ramp.sandbox.AgentContainer;
import org.ramp.sandbox.Workbench;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Mount;
import org.ramp.sandbox.SandboxException;
import org.ramp.sandbox.SharedDirs;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.workload.Artifacts;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * Runs an assessment: the stages in order, each an agent phase in its own container and a grade phase
 * in a fresh one, with the Resurrection Protocol between them. Every stage's result is written
 * atomically as soon as it is known, so that an interrupted run resumes at the first stage without
 * one. Every container carries the run's label and is removed, whatever happens.
 */
public final class Orchestrator {
    /** Inside the agent container, where the gateway's socket and relay are mounted. */
    static final String GATEWAY_DIR = "/ramp/gateway";
    /** The loopback port the relay listens on inside the agent container. */
    static final int RELAY_PORT = 8089;

    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Progress progress;

    public Orchestrator(DockerEngine docker, ToolchainInfo toolchain, Progress progress) {
        this.docker = docker;
        this.toolchain = toolchain;
        this.progress = progress;
    }

    /** Runs (or resumes, when the run folder already holds stage results) and returns the final run.json. */
    public RunResult run(RunConfig config) throws IOException {
        RunDirectory dir = new RunDirectory(config.runDir());
        boolean resumed = Files.isRegularFile(dir.runJson());
        Instant started = resumed ? RunResults.readRun(dir.runJson()).startedAt() : Instant.now();
        if (!resumed) {
            prepare(config, dir);
        }
        List<StageResult> done = new ArrayList<>();
        for (Stage stage : config.workload().stages()) {
            dir.stage(stage.id()).ifPresent(done::add);
        }
        if (resumed) {
            progress.line("resuming run " + config.runId() + ": " + done.size() + " stages already known");
        }
        write(dir, config, started, null, RunStatus.RUNNING, done);
        Instant runClock = Instant.now().minusMillis((long) (elapsed(done) * 1000));
        AtomicBoolean finished = new AtomicBoolean();
        Thread janitor = new Thread(() -> interrupted(dir, config, started, finished), "ramp-interrupt");
        Runtime.getRuntime().addShutdownHook(janitor);
        LocalEndpoint local = null;
        Gateway gateway = null;
        UnixSocketBridge bridge = null;
        BuiltinAgent builtin = null;
        try {
            local = localEndpoint(config);
            gateway = Gateway.start(gatewayConfig(config, dir, local, done));
            bridge = UnixSocketBridge.start(gatewayDir(dir).resolve("gateway.sock"), gateway.address());
            Agent agent = config.agent().create();
            if (agent instanceof BuiltinAgent b) {
                builtin = b;
                b.restore(dir.agent().resolve("conversation.json"));
            }
            List<Stage> stages = config.workload().stages();
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                if (dir.stage(stage.id()).isPresent()) {
                    continue;
                }
                StageResult previous = done.isEmpty() ? null : done.get(done.size() - 1);
                StageResult result = config.mode() == Mode.STRICT && done.stream().anyMatch(s -> !s.passed())
                        ? notReached(stage)
                        : runStage(config, dir, stage, i, previous, agent, gateway, runClock);
                dir.writeStage(result);
                done.add(result);
                if (builtin != null) {
                    builtin.save(dir.agent().resolve("conversation.json"));
                }
                write(dir, config, started, null, RunStatus.RUNNING, done);
                progress.line(summary(result));
            }
            RunResult result = write(dir, config, started, Instant.now(), RunStatus.COMPLETED, done);
            JUnitReport.write(result, dir.junit());
            finished.set(true);
            return result;
        } finally {
            if (bridge != null) {
                bridge.close();
            }
            if (gateway != null) {
                gateway.close();
            }
            if (local != null) {
                local.close();
            }
            docker.removeRun(config.runId());
            FileTrees.awaitDeletions();
            FileTrees.delete(dir.root().resolve("grading"));
            if (finished.get()) {
                removeHook(janitor);
            }
        }
    }

    private void prepare(RunConfig config, RunDirectory dir) throws IOException {
        Files.createDirectories(dir.root());
        List<TestProgram> visible = config.programs().stream()
                .filter(program -> program.visibility() == Visibility.PUBLIC).toList();
        new WorkspaceTemplate(config.workload(), config.golden()).create(dir.workspace(), visible);
        SharedDirs.share(dir.workspace());
        progress.line("run " + config.runId() + ": workspace with " + visible.size() + " public cases in "
                + dir.workspace());
    }

    private StageResult runStage(RunConfig config, RunDirectory dir, Stage stage, int index, StageResult previous,
            Agent agent, Gateway gateway, Instant runClock) throws IOException {
        Instant started = Instant.now();
        InputSource inputs = inputSource(config, stage, previous);
        progress.line(stage.id() + " " + stage.name() + ": agent " + agent.kind() + " starts ("
                + inputs.id() + " inputs)");
        Files.copy(stage.instructions(), dir.workspace().resolve("TASK.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SharedDirs.share(dir.workspace().resolve("TASK.md"));
        gateway.beginStage(stage.id(), config.stageBudgets());
        AgentOutcome outcome = work(config, dir, stage, index, previous, inputs, agent, gateway,
                deadline(config, runClock));
        UsageTotals usage = gateway.usage(stage.id());
        progress.line(String.format(Locale.ROOT, "%s agent done: %s, %d turns, %d calls, %s tokens, $%.4f",
                stage.id(), outcome.stopReason(), outcome.turns(), usage.calls(),
                usage.promptTokens() + usage.completionTokens(), usage.costUsd()));
        StageGrader.Outcome graded;
        List<String> infrastructure = new ArrayList<>();
        try {
            ContainerProfile profile = ContainerProfile.offline(toolchain.tag(), "grade")
                    .withLabel(DockerEngine.RUN_LABEL, config.runId());
            graded = new StageGrader(docker, profile, config.workload(), config.golden(), progress)
                    .grade(stage, config.programs(), inputs(config, dir, stage, inputs), dir.workspace(),
                            dir.grading(stage.id()), dir.outputs(stage.id()));
            infrastructure.addAll(graded.infrastructure());
        } catch (SandboxException e) {
            infrastructure.add("grading failed: " + e.getMessage());
            graded = new StageGrader.Outcome(org.ramp.grading.StageScore.of(List.of(), stage.passThreshold()),
                    List.of(), "none", "", 0, infrastructure);
        }
        double score = graded.score().score();
        boolean passed = graded.score().passed();
        Usage stageUsage = usage(usage);
        Failure failure = passed ? null : FailureClassifier.classify(new FailureClassifier.Evidence(score,
                stage.passThreshold(), outcome, stageUsage,
                usage.budgetExhausted().map(b -> b.kind().word()), graded.build(), graded.buildLog(), infrastructure));
        boolean resurrect = !passed && config.mode() != Mode.STRICT;
        if (resurrect && !stage.runsOnPrograms()) {
            new WorkspaceTemplate(config.workload(), config.golden()).applyT0Golden(dir.workspace());
            SharedDirs.share(dir.workspace());
            progress.line(stage.id() + " failed: its reference build files are put in the workspace");
        } else if (resurrect) {
            progress.line(stage.id() + " failed: the next stage reads reference " + stage.output().orElse("") + " files");
        }
        return new StageResult(stage.id(), stage.name(), passed ? StageStatus.PASSED : StageStatus.FAILED, score,
                stage.passThreshold(), inputs, resurrect, failure,
                new AgentPhase(agent.kind(), outcome.seconds(), outcome.turns() == 0 ? (int) usage.calls()
                        : outcome.turns(), outcome.toolCalls(), outcome.toolErrors(), outcome.stopReason()),
                new GradePhase(graded.seconds(), graded.build(), graded.buildLog()), stageUsage, graded.cases(),
                started, Instant.now());
    }

    /** The agent phase: its container exists only if the agent uses it, and is removed at the end. */
    private AgentOutcome work(RunConfig config, RunDirectory dir, Stage stage, int index, StageResult previous,
            InputSource inputs, Agent agent, Gateway gateway, Instant deadline) {
        AgentContainer[] container = new AgentContainer[1];
        AgentTask task = new AgentTask(stage.id(), StagePrompt.of(stage, index, config.workload().stages().size(),
                previous, inputs), () -> {
                    if (container[0] == null) {
                        try {
                            container[0] = startAgentContainer(config, dir, gateway);
                        } catch (IOException e) {
                            throw new SandboxException("cannot prepare the agent's container: " + e.getMessage(), e);
                        }
                    }
                    return container[0];
                }, new AgentTask.ModelAccess(gateway.baseUrl(), gateway.token(), gateway.model()), deadline,
                config.maxTurnsPerStage(), line -> progress.line(line + usageSoFar(gateway, stage.id())));
        try {
            return agent.work(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (SandboxException e) {
            progress.line(stage.id() + " the agent's container failed: " + e.getMessage());
            return new AgentOutcome(StopReason.CRASHED, 0, 0, 0, 0);
        } finally {
            if (container[0] != null) {
                container[0].close();
            }
        }
    }

    private AgentContainer startAgentContainer(RunConfig config, RunDirectory dir, Gateway gateway)
            throws IOException {
        ContainerProfile profile = new ContainerProfile(toolchain.tag(), ContainerProfile.TOOLCHAIN_USER, 4L << 30,
                2.0, 1024, "none", Map.of(DockerEngine.LABEL, "agent", DockerEngine.RUN_LABEL, config.runId()));
        String base = "http://127.0.0.1:" + RELAY_PORT + "/v1";
        List<String> env = List.of("OPENAI_BASE_URL=" + base, "OPENAI_API_BASE=" + base,
                "OPENAI_API_KEY=" + gateway.token(), "OPENAI_MODEL=" + gateway.model(), "HOME=/home/ramp");
        List<String> command = List.of("bash", "-c", "python3 " + GATEWAY_DIR + "/relay.py --socket " + GATEWAY_DIR
                + "/gateway.sock --port " + RELAY_PORT + " & exec sleep infinity");
        return AgentContainer.start(docker, profile, List.of(
                Mount.readWrite(dir.workspace(), AgentContainer.WORKSPACE),
                Mount.readOnly(gatewayDir(dir), GATEWAY_DIR)), command, env);
    }

    /** "  [12 calls, 48.2k tokens, $0.0312]": what the stage has used, for a person following the run. */
    private static String usageSoFar(Gateway gateway, String stageId) {
        UsageTotals usage = gateway.usage(stageId);
        return String.format(Locale.ROOT, "  [%d calls, %.1fk tokens, $%.4f]", usage.calls(),
                usage.totalTokens() / 1000.0, usage.costUsd());
    }

    /** The folder mounted into agent containers: the gateway's Unix socket and the relay script. */
    private static Path gatewayDir(RunDirectory dir) throws IOException {
        Path gatewayDir = SharedDirs.create(dir.agent().resolve("gateway"));
        Path relay = gatewayDir.resolve("relay.py");
        if (!Files.exists(relay)) {
            try (InputStream script = Gateway.class.getResourceAsStream("relay.py")) {
                if (script == null) {
                    throw new IllegalStateException("relay.py is missing from the engine's resources");
                }
                Files.write(relay, script.readAllBytes());
            }
        }
        return gatewayDir;
    }

    private static InputSource inputSource(RunConfig config, Stage stage, StageResult previous) {
        if (previous == null) {
            return InputSource.NONE;
        }
        if (config.mode() == Mode.GOLDEN_INPUTS && !stage.input().orElse("").equals(Artifacts.SOURCE)) {
            return InputSource.GOLDEN;
        }
        return previous.passed() ? InputSource.AGENT : InputSource.RESURRECTION;
    }

    /** Per program, the file its case reads: golden, or what the previous stage's program wrote. */
    private static Map<String, Path> inputs(RunConfig config, RunDirectory dir, Stage stage, InputSource source) {
        Map<String, Path> inputs = new HashMap<>();
        Optional<String> input = stage.input();
        if (input.isEmpty()) {
            return inputs;
        }
        Optional<Stage> producer = config.workload().stages().stream()
                .filter(s -> s.output().equals(input)).findFirst();
        for (TestProgram program : config.programs()) {
            Path golden = config.golden().programDir(program.name()).resolve(input.get());
            inputs.put(program.name(), source == InputSource.AGENT && producer.isPresent()
                    ? dir.outputs(producer.get().id()).resolve(program.name()).resolve(input.get()) : golden);
        }
        return inputs;
    }

    private static StageResult notReached(Stage stage) {
        Instant now = Instant.now();
        return new StageResult(stage.id(), stage.name(), StageStatus.NOT_REACHED, 0, stage.passThreshold(),
                InputSource.NONE, false, null, new AgentPhase("none", 0, 0, 0, 0, "not-reached"),
                new GradePhase(0, "none", ""), Usage.NONE, List.<CaseResult>of(), now, now);
    }

    /** The stage's own limit, or what is left of the run's wall time, whichever comes first. */
    private static Instant deadline(RunConfig config, Instant runClock) {
        Instant stage = config.stageSeconds() == null ? Instant.MAX : Instant.now().plusSeconds(config.stageSeconds());
        Long runSeconds = config.runBudgets().maxWallSeconds();
        if (runSeconds == null) {
            return stage;
        }
        Instant run = runClock.plusSeconds(runSeconds);
        return run.isBefore(stage) ? run : stage;
    }

    /** The wall time the stages already done took (what a resumed run has spent before). */
    static double elapsed(List<StageResult> done) {
        return done.stream().mapToDouble(s -> Duration.between(s.startedAt(), s.finishedAt()).toMillis() / 1000.0).sum();
    }

    private static LocalEndpoint localEndpoint(RunConfig config) {
        return switch (config.agent().kind()) {
            case AgentSpec.NOOP -> LocalEndpoint.start(List.of());
            case AgentSpec.REPLAY -> LocalEndpoint.replaying(transcripts(config));
            default -> null;
        };
    }

    private static List<Path> transcripts(RunConfig config) {
        Path folder = new RunDirectory(config.agent().replayFrom()).transcripts();
        return config.workload().stages().stream().map(s -> folder.resolve(s.id() + ".jsonl"))
                .filter(Files::isRegularFile).toList();
    }

    /**
     * The gateway: to the user's endpoint, or to the local one (noop, replay). A resumed run's budgets are
     * what is left of them.
     */
    private static GatewayConfig gatewayConfig(RunConfig config, RunDirectory dir, LocalEndpoint local,
            List<StageResult> done) {
        String endpoint = local != null ? local.baseUrl() : config.endpoint();
        String model = config.agent().kind().equals(AgentSpec.NOOP) ? LocalEndpoint.MODEL : config.model();
        PriceTable prices = config.agent().kind().equals(AgentSpec.NOOP)
                ? PriceTable.empty().with(new ModelPrice(LocalEndpoint.MODEL, 0, 0, 0, "no model is called", ""))
                : config.prices();
        Secret key = local != null ? Secret.none() : config.apiKey();
        return GatewayConfig.builder(endpoint, key, model)
                .temperature(config.agent().temperature())
                .prices(prices)
                .runBudgets(remaining(config.runBudgets(), done))
                .retry(config.retry())
                .transcriptDir(dir.transcripts())
                .build();
    }

    static Budgets remaining(Budgets budgets, List<StageResult> done) {
        Usage used = done.stream().map(StageResult::usage).reduce(Usage.NONE, Usage::plus);
        double seconds = elapsed(done);
        return new Budgets(
                budgets.maxCalls() == null ? null : Math.max(0, budgets.maxCalls() - used.calls()),
                budgets.maxTokens() == null ? null : Math.max(0, budgets.maxTokens() - used.tokensCorrected()),
                budgets.maxDollars() == null ? null : Math.max(0, budgets.maxDollars() - used.costUsd()),
                budgets.maxWallSeconds() == null ? null : Math.max(0, budgets.maxWallSeconds() - (long) seconds));
    }

    static Usage usage(UsageTotals totals) {
        TokenUsage tokens = new TokenUsage(totals.promptTokens(), totals.cachedTokens(), totals.cacheWriteTokens(),
                totals.completionTokens(), totals.reasoningTokens());
        return new Usage((int) totals.calls(), totals.promptTokens(), totals.cachedTokens(), totals.cacheWriteTokens(),
                totals.completionTokens(), totals.reasoningTokens(), totals.costUsd(), tokens.rampSum(),
                tokens.corrected(), (int) totals.contextLengthErrors(), (int) totals.endpointFailures());
    }

    /** Writes run.json; with every stage known, with its totals and metrics. */
    private RunResult write(RunDirectory dir, RunConfig config, Instant started, Instant finished, RunStatus status,
            List<StageResult> stages) throws IOException {
        Instant end = finished != null ? finished : Instant.now();
        double seconds = Duration.between(started, end).toMillis() / 1000.0;
        Usage usage = stages.stream().map(StageResult::usage).reduce(Usage.NONE, Usage::plus);
        int infrastructure = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass() == FailureClass.INFRASTRUCTURE).count();
        int model = (int) stages.stream().filter(s -> s.failure() != null
                && s.failure().failureClass().isModelFailure()).count();
        RunTotals totals = new RunTotals(seconds, usage, (int) stages.stream().filter(StageResult::passed).count(),
                model, infrastructure);
        RunMetrics metrics = stages.size() == config.workload().stages().size()
                ? metrics(stages, seconds, usage, config) : null;
        RunResult result = new RunResult(RunResult.SCHEMA, config.runId(), status, started, finished,
                settings(config), new RunResult.Toolchain(toolchain.tag(), toolchain.imageId(), toolchain.clangVersion()),
                new RunResult.Workload(config.workload().name(), config.workload().version()), stages, totals, metrics);
        RunResults.write(dir.runJson(), result);
        return result;
    }

    private static RunMetrics metrics(List<StageResult> stages, double seconds, Usage usage, RunConfig config) {
        StageScores scores = StageScores.of(stages.stream().mapToDouble(StageResult::score).toArray());
        Scorecard card = Scorecard.of(new RunMeasures(scores, seconds, usage.costUsd(), usage.tokensRamp(),
                java.util.OptionalLong.of(usage.tokensCorrected())), config.scales());
        Map<String, Double> components = new java.util.LinkedHashMap<>();
        components.put("stage", card.aeiComponents().stage());
        components.put("meanReward", card.aeiComponents().meanReward());
        components.put("time", card.aeiComponents().time());
        components.put("cost", card.aeiComponents().cost());
        components.put("tokens", card.aeiComponents().tokens());
        List<Double> strict = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < stages.size(); i++) {
            broken |= i <= 3 && stages.get(i).score() < 100;
            strict.add(broken ? 0.0 : stages.get(i).score());
        }
        return new RunMetrics(card.pipelineScore(), card.meanReward(), card.passScore(), card.stage(), card.aei(),
                components, card.strictScore(), strict);
    }

    private static RunSettings settings(RunConfig config) {
        boolean calls = config.agent().usesModel();
        return new RunSettings(calls ? config.model() : "none", calls && !config.agent().kind().equals(AgentSpec.REPLAY)
                ? config.endpoint() : "", config.agent().kind(), config.agent().options(), config.mode().id(),
                RunConfig.budgets(config.runBudgets()), RunConfig.budgets(config.stageBudgets()),
                RunConfig.scales(config.scales()), config.programs().size() == config.workload().programs().size()
                        ? List.of() : config.programs().stream().map(TestProgram::name).toList());
    }

    /** On Ctrl-C or SIGTERM: remove the run's containers and mark the run interrupted, so it can be resumed. */
    private void interrupted(RunDirectory dir, RunConfig config, Instant started, AtomicBoolean finished) {
        if (finished.get()) {
            return;
        }
        try {
            int removed = docker.removeRun(config.runId());
            List<StageResult> done = new ArrayList<>();
            config.workload().stages().forEach(stage -> dir.stage(stage.id()).ifPresent(done::add));
            write(dir, config, started, null, RunStatus.INTERRUPTED, done);
            System.err.println("ramp: run " + config.runId() + " interrupted; " + removed + " containers removed;"
                    + " continue it with: ramp run --resume " + dir.root());
        } catch (IOException | RuntimeException e) {
            System.err.println("ramp: could not record the interruption: " + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down
        }
    }

    private static String summary(StageResult result) {
        return String.format(Locale.ROOT, "%s %s: %s, score %.2f%s%s", result.id(), result.name(),
                result.status().id(), result.score(),
                result.failure() == null ? "" : ", " + result.failure().failureClass().id(),
                result.resurrected() ? ", resurrected" : "");
    }
}
