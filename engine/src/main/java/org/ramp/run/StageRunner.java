package org.ramp.run;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ramp.agents.Agent;
import org.ramp.agents.AgentOutcome;
import org.ramp.agents.AgentTask;
import org.ramp.agents.StopReason;
import org.ramp.gateway.Gateway;
import org.ramp.gateway.UsageTotals;
import org.ramp.grading.StageScore;
import org.ramp.results.AgentPhase;
import org.ramp.results.Failure;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;
import org.ramp.archive.ArchiveLimitException;
import org.ramp.sandbox.AgentContainer;
import org.ramp.sandbox.AgentWorkspace;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Mount;
import org.ramp.sandbox.SandboxException;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import org.ramp.util.UntrustedTree;
import org.ramp.workload.Artifacts;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;

/**
 * One stage, start to result: the agent phase in its own container, the grade phase in a fresh one, and
 * the classification of a failure. Whatever the workspace holds, the outcome is a result: what the
 * agent left is at worst this stage's failure, what failed in the harness an infrastructure failure.
 * The result is returned, not written: the caller decides whether it may still be recorded.
 */
final class StageRunner {
    /** Inside the agent container, where the gateway's socket and relay are mounted. */
    static final String GATEWAY_DIR = "/ramp/gateway";
    /** The loopback port the relay listens on inside the agent container. */
    static final int RELAY_PORT = 8089;

    private final RunConfig config;
    private final RunDirectory dir;
    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Progress progress;

    StageRunner(RunConfig config, RunDirectory dir, DockerEngine docker, ToolchainInfo toolchain, Progress progress) {
        this.config = config;
        this.dir = dir;
        this.docker = docker;
        this.toolchain = toolchain;
        this.progress = progress;
    }

    StageResult run(Stage stage, int index, StageResult previous, Agent agent, ModelLine model, Instant deadline) {
        Gateway gateway = model.gateway();
        Instant started = Instant.now();
        InputSource inputs = inputSource(stage, previous);
        progress.line(stage.id() + " " + stage.name() + ": agent " + agent.kind() + " starts (" + inputs.id()
                + " inputs)");
        List<String> tooling = new ArrayList<>();
        List<String> infrastructure = new ArrayList<>();
        gateway.beginStage(stage.id(), model.stageBudgets(config.stageBudgets(), stage.id()));
        List<String> overBound = new ArrayList<>();
        AgentOutcome outcome = agentPhase(stage, index, previous, inputs, agent, model, deadline, tooling,
                infrastructure, overBound);
        // calls still open are cut and recorded now, so that the stage's usage read below is final
        gateway.endStage(stage.id(), java.time.Duration.ofSeconds(10));
        UsageTotals usage = gateway.usage(stage.id());
        // one definition of a turn for every agent: a model call through the gateway
        outcome = outcome.withTurns((int) usage.calls());
        progress.line(String.format(Locale.ROOT, "%s agent done: %s, %d turns, %s tokens, $%.4f", stage.id(),
                outcome.stopReason(), outcome.turns(), usage.promptTokens() + usage.completionTokens(),
                usage.costUsd()));
        // a workspace over its bound was not brought back: there is nothing of this stage's to grade
        StageGrader.Outcome graded = overBound.isEmpty() ? gradePhase(stage, inputs, tooling, infrastructure)
                : notGraded(stage);
        infrastructure.addAll(graded.infrastructure());
        double score = graded.score().score();
        boolean passed = graded.score().passed();
        Usage stageUsage = model.usage(stage.id());
        String build = graded.build();
        String buildLog = graded.buildLog();
        if (!stage.runsOnPrograms() && graded.cases().stream().anyMatch(c -> c.score() < 100)) {
            // a stage graded by checks (T0) is the build: a failed check is a build that broke
            build = "failed";
            buildLog = graded.cases().stream().filter(c -> c.score() < 100).findFirst()
                    .map(c -> "check " + c.name() + ": " + c.reason()).orElse("");
        }
        Failure failure = passed ? null : FailureClassifier.classify(new FailureClassifier.Evidence(score,
                stage.passThreshold(), outcome, stageUsage, usage.budgetExhausted().map(b -> b.kind().word()),
                build, buildLog, tooling, infrastructure, gateway.endpointSecondsLostBefore(stage.id()),
                graded.violations()));
        return new StageResult(stage.id(), stage.name(), passed ? StageStatus.PASSED : StageStatus.FAILED, score,
                stage.passThreshold(), inputs, false, failure,
                new AgentPhase(agent.kind(), outcome.seconds(), outcome.turns(), outcome.toolCalls(),
                        outcome.toolErrors(), outcome.stopReason(), outcome.output()),
                new GradePhase(graded.seconds(), graded.build(), graded.buildLog()), stageUsage, graded.cases(),
                started, Instant.now());
    }

    /**
     * The agent phase: its container exists only if the agent uses it; at the end, its workspace is copied
     * back (see {@link AgentWorkspace}) and it is removed. What the container's end says is kept as evidence.
     */
    private AgentOutcome agentPhase(Stage stage, int index, StageResult previous, InputSource inputs, Agent agent,
            ModelLine model, Instant deadline, List<String> tooling, List<String> infrastructure,
            List<String> overBound) {
        try {
            new UntrustedTree(dir.workspace()).write("TASK.md", Files.readAllBytes(stage.instructions()));
        } catch (java.io.IOException | UncheckedIOException e) {
            // the instructions could not be put in place: the workspace is broken beyond the agent's reach
            tooling.add("TASK.md could not be written into the workspace: " + e.getMessage());
        }
        Gateway gateway = model.gateway();
        AgentWorkspace workspace = new AgentWorkspace(dir.workspace(), config.workspaceQuota());
        AgentContainer[] container = new AgentContainer[1];
        AgentTask task = new AgentTask(stage.id(), StagePrompt.of(stage, index, config.workload().stages().size(),
                previous, inputs), () -> {
                    if (container[0] == null) {
                        try {
                            container[0] = startAgentContainer(model, workspace);
                        } catch (ArchiveLimitException e) {
                            tooling.add("the workspace cannot be given to the agent: " + e.getMessage());
                            throw new SandboxException("the workspace cannot be given to the agent: " + e.getMessage(), e);
                        } catch (RuntimeException e) {
                            throw e instanceof SandboxException ? e
                                    : new SandboxException("cannot prepare the agent's container: " + e.getMessage(), e);
                        }
                    }
                    return container[0];
                }, new AgentTask.ModelAccess(gateway.baseUrl(), gateway.token(), gateway.model()), deadline,
                config.maxTurnsPerStage(), line -> progress.line(line + usageSoFar(gateway, stage.id())), dir.agent());
        long started = System.nanoTime();
        try {
            AgentOutcome outcome = work(agent, task, stage, tooling, infrastructure, started);
            if (container[0] != null) {
                ended(stage, container[0], workspace, outcome, tooling, infrastructure, overBound);
            }
            return outcome;
        } finally {
            if (container[0] != null) {
                container[0].close();
            }
        }
    }

    private AgentOutcome work(Agent agent, AgentTask task, Stage stage, List<String> tooling,
            List<String> infrastructure, long started) {
        try {
            return agent.work(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunInterruptedException("interrupted during " + stage.id() + "'s agent phase");
        } catch (SandboxException e) {
            progress.line(stage.id() + " the agent's container failed: " + e.getMessage());
            if (!(e.getCause() instanceof ArchiveLimitException)) {
                infrastructure.add("the agent's container failed: " + e.getMessage());
            }
            return new AgentOutcome(StopReason.CRASHED, 0, 0, 0, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            progress.line(stage.id() + " the agent phase failed in the harness: " + e);
            infrastructure.add("the agent phase failed in the harness: " + e);
            return new AgentOutcome(StopReason.CRASHED, 0, 0, 0, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The evidence of the container's end: stopped before the end of the phase, it was stopped from outside
     * (the agent cannot signal its processes); still running, what the agent did to its own processes and
     * what its workspace held are the agent's.
     */
    private void ended(Stage stage, AgentContainer container, AgentWorkspace workspace, AgentOutcome outcome,
            List<String> tooling, List<String> infrastructure, List<String> overBound) {
        AgentContainer.Ending ending;
        try {
            ending = container.end(workspace);
        } catch (SandboxException | UncheckedIOException e) {
            progress.line(stage.id() + " the agent's workspace could not be copied back: " + e.getMessage());
            infrastructure.add("the agent's workspace could not be copied back: " + e.getMessage());
            return;
        }
        infrastructure.addAll(ending.infrastructure());
        tooling.addAll(ending.tooling());
        if (!ending.stoppedEarly() && outcome.stopReason().equals(StopReason.exited(137))) {
            tooling.add("the agent's program was killed (SIGKILL, exit status 137) inside its container, which kept"
                    + " running (" + ending.state().describe() + "): by the agent's own processes (kill -9 -1) or by"
                    + " the kernel when they used up the container's memory");
        }
        ending.overBound().ifPresent(overBound::add);
        progress.line(stage.id() + " " + ending.summary());
    }

    private StageGrader.Outcome gradePhase(Stage stage, InputSource inputs, List<String> tooling,
            List<String> infrastructure) {
        try {
            ContainerProfile profile = ContainerProfile.offline(toolchain.tag(), "grade")
                    .withLabel(DockerEngine.RUN_LABEL, config.runId());
            return new StageGrader(docker, profile, config.workload(), config.golden(), progress)
                    .grade(stage, config.programs(), inputs(stage, inputs), dir.workspace(), dir.grading(stage.id()),
                            dir.outputs(stage.id()));
        } catch (SandboxException e) {
            infrastructure.add("grading failed: " + e.getMessage());
        } catch (UncheckedIOException e) {
            // reading what the agent left (a path too long, a file that cannot be copied) failed
            tooling.add("the workspace could not be graded: " + e.getMessage());
        } catch (RuntimeException e) {
            infrastructure.add("grading failed in the harness: " + e);
        }
        return notGraded(stage);
    }

    private static StageGrader.Outcome notGraded(Stage stage) {
        return new StageGrader.Outcome(StageScore.of(List.of(), stage.passThreshold()), List.of(), "none", "", 0,
                List.of());
    }

    /** The relay and what keeps the container alive run as the container's own user, which the agent cannot signal. */
    private AgentContainer startAgentContainer(ModelLine model, AgentWorkspace workspace) {
        org.ramp.archive.TarPlan plan = workspace.plan();
        Gateway gateway = model.gateway();
        ContainerProfile profile = ContainerProfile.agent(config.agent().imageOr(toolchain.tag()), Map.of(
                DockerEngine.LABEL, "agent", DockerEngine.RUN_LABEL, config.runId()), workspace.volumeBytes());
        String base = "http://127.0.0.1:" + RELAY_PORT + "/v1";
        List<String> env = List.of("OPENAI_BASE_URL=" + base, "OPENAI_API_BASE=" + base,
                "OPENAI_API_KEY=" + gateway.token(), "OPENAI_MODEL=" + gateway.model(), "HOME=" + AgentContainer.HOME);
        List<String> command = List.of("bash", "-c", "python3 " + GATEWAY_DIR + "/" + ModelLine.RELAY + " --socket "
                + GATEWAY_DIR + "/" + ModelLine.SOCKET + " --port " + RELAY_PORT + " & exec sleep infinity");
        return AgentContainer.start(docker, profile, List.of(Mount.readOnly(model.folder(), GATEWAY_DIR)), command,
                env, workspace, plan);
    }

    /** "  [12 calls, 48.2k tokens, $0.0312]": what the stage has used, for a person following the run. */
    private static String usageSoFar(Gateway gateway, String stageId) {
        UsageTotals usage = gateway.usage(stageId);
        return String.format(Locale.ROOT, "  [%d calls, %.1fk tokens, $%.4f]", usage.calls(),
                usage.totalTokens() / 1000.0, usage.costUsd());
    }

    /**
     * What the stage's program reads: golden inputs in golden-inputs mode, the reference outputs of a
     * previous stage that failed and was resurrected, otherwise the previous stage's own outputs.
     */
    InputSource inputSource(Stage stage, StageResult previous) {
        if (previous == null) {
            return InputSource.NONE;
        }
        if (config.mode() == Mode.GOLDEN_INPUTS && !stage.input().orElse("").equals(Artifacts.SOURCE)) {
            return InputSource.GOLDEN;
        }
        return !previous.passed() && previous.resurrected() ? InputSource.RESURRECTION : InputSource.AGENT;
    }

    /** Per program, the file its case reads: golden, or what the previous stage's program wrote. */
    private Map<String, Path> inputs(Stage stage, InputSource source) {
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
}
