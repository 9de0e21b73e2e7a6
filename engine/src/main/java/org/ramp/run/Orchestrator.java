package org.ramp.run;

import java.io.IOException;
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
import org.ramp.gateway.Gateway;
import org.ramp.gateway.UsageTotals;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.Failure;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.JUnitReport;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunStatus;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;
import org.ramp.sandbox.AgentContainer;
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
        RunRecord record = new RunRecord(dir, config, toolchain, started);
        record.write(RunStatus.RUNNING, done);
        Instant runClock = Instant.now().minusMillis((long) (elapsed(done) * 1000));
        AtomicBoolean finished = new AtomicBoolean();
        Thread janitor = new Thread(() -> interrupted(dir, config, record, finished), "ramp-interrupt");
        Runtime.getRuntime().addShutdownHook(janitor);
        try (ModelLine model = ModelLine.open(config, dir, done)) {
            Agent agent = config.agent().create();
            BuiltinAgent builtin = agent instanceof BuiltinAgent b ? b : null;
            if (builtin != null) {
                builtin.restore(dir.agent().resolve("conversation.json"));
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
                        : runStage(config, dir, stage, i, previous, agent, model, runClock);
                dir.writeStage(result);
                done.add(result);
                if (builtin != null) {
                    builtin.save(dir.agent().resolve("conversation.json"));
                }
                record.write(RunStatus.RUNNING, done);
                progress.line(summary(result));
            }
            RunResult result = record.write(RunStatus.COMPLETED, done);
            JUnitReport.write(result, dir.junit());
            finished.set(true);
            return result;
        } finally {
            docker.awaitRemovals();
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
            Agent agent, ModelLine model, Instant runClock) throws IOException {
        Gateway gateway = model.gateway();
        Instant started = Instant.now();
        InputSource inputs = inputSource(config, stage, previous);
        progress.line(stage.id() + " " + stage.name() + ": agent " + agent.kind() + " starts ("
                + inputs.id() + " inputs)");
        Files.copy(stage.instructions(), dir.workspace().resolve("TASK.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SharedDirs.share(dir.workspace().resolve("TASK.md"));
        gateway.beginStage(stage.id(), config.stageBudgets());
        AgentOutcome outcome = work(config, dir, stage, index, previous, inputs, agent, model,
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
        Usage stageUsage = model.usage(stage.id());
        Failure failure = passed ? null : FailureClassifier.classify(new FailureClassifier.Evidence(score,
                stage.passThreshold(), outcome, stageUsage,
                usage.budgetExhausted().map(b -> b.kind().word()), graded.build(), graded.buildLog(), infrastructure,
                graded.violations()));
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
            InputSource inputs, Agent agent, ModelLine model, Instant deadline) {
        Gateway gateway = model.gateway();
        AgentContainer[] container = new AgentContainer[1];
        AgentTask task = new AgentTask(stage.id(), StagePrompt.of(stage, index, config.workload().stages().size(),
                previous, inputs), () -> {
                    if (container[0] == null) {
                        try {
                            container[0] = startAgentContainer(config, dir, model);
                        } catch (RuntimeException e) {
                            throw e instanceof SandboxException ? e
                                    : new SandboxException("cannot prepare the agent's container: " + e.getMessage(), e);
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

    private AgentContainer startAgentContainer(RunConfig config, RunDirectory dir, ModelLine model) {
        Gateway gateway = model.gateway();
        ContainerProfile profile = new ContainerProfile(toolchain.tag(), ContainerProfile.TOOLCHAIN_USER, 4L << 30,
                2.0, 1024, "none", Map.of(DockerEngine.LABEL, "agent", DockerEngine.RUN_LABEL, config.runId()));
        String base = "http://127.0.0.1:" + RELAY_PORT + "/v1";
        List<String> env = List.of("OPENAI_BASE_URL=" + base, "OPENAI_API_BASE=" + base,
                "OPENAI_API_KEY=" + gateway.token(), "OPENAI_MODEL=" + gateway.model(), "HOME=/home/ramp");
        List<String> command = List.of("bash", "-c", "python3 " + GATEWAY_DIR + "/" + ModelLine.RELAY + " --socket "
                + GATEWAY_DIR + "/" + ModelLine.SOCKET + " --port " + RELAY_PORT + " & exec sleep infinity");
        return AgentContainer.start(docker, profile, List.of(
                Mount.readWrite(dir.workspace(), AgentContainer.WORKSPACE),
                Mount.readOnly(model.folder(), GATEWAY_DIR)), command, env);
    }

    /** "  [12 calls, 48.2k tokens, $0.0312]": what the stage has used, for a person following the run. */
    private static String usageSoFar(Gateway gateway, String stageId) {
        UsageTotals usage = gateway.usage(stageId);
        return String.format(Locale.ROOT, "  [%d calls, %.1fk tokens, $%.4f]", usage.calls(),
                usage.totalTokens() / 1000.0, usage.costUsd());
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

    /** On Ctrl-C or SIGTERM: remove the run's containers and mark the run interrupted, so it can be resumed. */
    private void interrupted(RunDirectory dir, RunConfig config, RunRecord record, AtomicBoolean finished) {
        if (finished.get()) {
            return;
        }
        try {
            int removed = docker.removeRun(config.runId());
            List<StageResult> done = new ArrayList<>();
            config.workload().stages().forEach(stage -> dir.stage(stage.id()).ifPresent(done::add));
            record.write(RunStatus.INTERRUPTED, done);
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
