package org.ramp.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ramp.agents.Agent;
import org.ramp.agents.BuiltinAgent;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunStatus;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.util.Text;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * One process's hold on a run folder, a stage at a time: the unit that both {@code ramp run} and the
 * Jenkins steps (each a process of its own: {@code ramp stage}, {@code ramp resurrect}, {@code ramp
 * finish}) drive. Everything a later step needs is kept in the folder: run.json with the settings, each
 * stage's result, the transcripts, the builtin agent's conversation, the workspace.
 *
 * <p>While a step runs, Ctrl-C or SIGTERM stops it cleanly: no container is created any more, the run's
 * containers are removed, and run.json is marked interrupted; the stage cut short leaves no result, so
 * that it is run again by the next step.
 */
public final class RunSession implements AutoCloseable {
    private final RunConfig config;
    private final RunDirectory dir;
    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Progress progress;
    private final RunRecord record;
    private final List<StageResult> known = new ArrayList<>();
    private final Interruption interruption;

    private RunSession(RunConfig config, DockerEngine docker, ToolchainInfo toolchain, Progress progress,
            Instant started) {
        this.config = config;
        this.dir = new RunDirectory(config.runDir());
        this.docker = docker;
        this.toolchain = toolchain;
        // everything printed may carry the model's text: never the key, never a control character
        this.progress = line -> progress.line(Text.printable(org.ramp.gateway.Secret.scrub(line)));
        this.record = new RunRecord(dir, config, toolchain, started);
        for (Stage stage : config.workload().stages()) {
            dir.stage(stage.id()).ifPresent(known::add);
        }
        this.interruption = new Interruption(config.runId(), config.runDir(), docker, this::markInterrupted);
    }

    /**
     * Creates the run: its folder, built aside and moved into place at once, so that a failure half-way
     * leaves no half-made run; the workspace holds the starting project and the public cases.
     */
    public static RunSession create(RunConfig config, DockerEngine docker, ToolchainInfo toolchain, Progress progress)
            throws IOException {
        Path target = config.runDir();
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists already");
        }
        Files.createDirectories(target.getParent());
        Path draft = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".creating-");
        try {
            List<TestProgram> visible = config.programs().stream()
                    .filter(program -> program.visibility() == Visibility.PUBLIC).toList();
            RunDirectory draftDir = new RunDirectory(draft);
            // the engine's own files: the agent's container gets a copy owned by its user (AgentWorkspace)
            new WorkspaceTemplate(config.workload(), config.golden()).create(draftDir.workspace(), visible);
            new RunRecord(draftDir, config, toolchain, Instant.now()).write(RunStatus.RUNNING, List.of());
            Files.move(draft, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            progress.line("run " + config.runId() + ": workspace with " + visible.size() + " public cases in "
                    + new RunDirectory(target).workspace());
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(draft);
            throw e;
        }
        return open(config, docker, toolchain, progress);
    }

    /**
     * Takes up a run that exists (its settings are in {@code config}, read from its run.json). Steps that
     * run no container (resurrect, finish) may pass no Docker engine, and the toolchain run.json records.
     */
    public static RunSession open(RunConfig config, DockerEngine docker, ToolchainInfo toolchain, Progress progress)
            throws IOException {
        RunResult recorded = RunResults.readRun(new RunDirectory(config.runDir()).runJson());
        return new RunSession(config, docker, toolchain, progress, recorded.startedAt());
    }

    public RunConfig config() {
        return config;
    }

    /** The results known so far, in stage order. */
    public List<StageResult> stages() {
        return List.copyOf(known);
    }

    /** The first stage without a result. */
    public Optional<Stage> nextStage() {
        return config.workload().stages().stream().filter(stage -> result(stage.id()).isEmpty()).findFirst();
    }

    public Optional<StageResult> result(String stageId) {
        return known.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /**
     * Runs the next stage: agent phase, grading, classification; in strict mode after a failure, records it
     * as not reached. With {@code expected}, that must be the next stage, or one with a result already (which
     * is returned as it is, so that a step run twice does the work once).
     *
     * @throws IllegalArgumentException naming the stage, when it is unknown or an earlier stage has no result
     * @throws RunInterruptedException  when the run was interrupted meanwhile (nothing is recorded)
     */
    public StageResult runStage(String expected) throws IOException {
        if (docker == null) {
            throw new IllegalStateException("a session without Docker cannot run a stage");
        }
        if (expected != null) {
            Stage wanted = stage(expected);
            Optional<StageResult> done = result(wanted.id());
            if (done.isPresent()) {
                progress.line(wanted.id() + " has a result already (" + done.get().status().id() + ", score "
                        + done.get().score() + "); it is not run again");
                return done.get();
            }
            Stage next = nextStage().orElseThrow();
            if (!next.id().equals(wanted.id())) {
                throw new IllegalArgumentException(wanted.id() + " cannot run before " + next.id()
                        + ", which has no result yet");
            }
        }
        Stage stage = nextStage().orElseThrow(() -> new IllegalArgumentException(
                "every stage of run " + config.runId() + " has a result; finish it (ramp finish)"));
        int index = config.workload().stages().indexOf(stage);
        StageResult previous = known.isEmpty() ? null : known.get(known.size() - 1);
        try (Interruption.Step step = interruption.begin()) {
            StageResult result;
            Agent agent = null;
            if (config.mode() == Mode.STRICT && known.stream().anyMatch(s -> !s.passed())) {
                result = StageResults.notReached(stage);
            } else {
                agent = config.agent().create();
                restore(agent);
                try (ModelLine model = ModelLine.open(config, dir, known, stage.id())) {
                    result = new StageRunner(config, dir, docker, toolchain, progress)
                            .run(stage, index, previous, agent, model, deadline());
                } finally {
                    docker.awaitRemovals();
                    docker.removeRun(config.runId());
                }
            }
            record(result);
            if (agent instanceof BuiltinAgent builtin) {
                builtin.save(dir.agent().resolve("conversation.json"));
            }
            progress.line(StageResults.summary(result));
            return result;
        } catch (IOException | RuntimeException e) {
            abandoned(e);
            throw e;
        }
    }

    /** A step that fails in the harness leaves the run in a final state: interrupted, to be taken up again. */
    private void abandoned(Exception e) {
        if (e instanceof RunInterruptedException) {
            return;
        }
        try {
            markInterrupted();
            progress.line("run " + config.runId() + " stopped by an error of the harness (" + e
                    + "); it is marked interrupted and goes on with: ramp run --resume " + dir.root());
        } catch (IOException | RuntimeException again) {
            e.addSuppressed(again);
        }
    }

    /**
     * The Resurrection Protocol for a failed stage: its golden artifacts that the agent may see are put in
     * the workspace (T0: the build files; later stages: the public cases' reference outputs) and the
     * stage is marked resurrected, so that the next stage reads the reference outputs.
     *
     * @throws IllegalArgumentException naming the stage and the reason, when it cannot be resurrected
     */
    public StageResult resurrect(String stageId) throws IOException {
        Stage stage = stage(stageId);
        StageResult result = result(stage.id()).orElseThrow(() -> new IllegalArgumentException(
                stage.id() + " has no result yet; run it first (ramp stage)"));
        if (result.resurrected()) {
            progress.line(stage.id() + " was resurrected already");
            return result;
        }
        if (config.mode() == Mode.STRICT) {
            throw new IllegalArgumentException("run " + config.runId() + " is in strict mode, which resurrects nothing");
        }
        if (result.status() != StageStatus.FAILED) {
            throw new IllegalArgumentException(stage.id() + " " + result.status().id()
                    + "; only a failed stage is resurrected");
        }
        if (!known.get(known.size() - 1).id().equals(result.id())) {
            throw new IllegalArgumentException(stage.id() + " cannot be resurrected: a later stage has run already");
        }
        try (Interruption.Step step = interruption.begin()) {
            WorkspaceTemplate template = new WorkspaceTemplate(config.workload(), config.golden());
            if (!stage.runsOnPrograms()) {
                template.applyT0Golden(dir.workspace());
                progress.line(stage.id() + " failed: its reference build files are put in the workspace");
            } else {
                template.restoreCaseFiles(dir.workspace(), config.programs(), stage.output().orElseThrow());
                progress.line(stage.id() + " failed: the next stage reads reference " + stage.output().orElseThrow()
                        + " files");
            }
            StageResult resurrected = StageResults.resurrected(result);
            record(resurrected);
            return resurrected;
        }
    }

    /** Ends the run: stages never run are not reached; run.json gets the metrics; junit.xml is written. */
    public RunResult finish() throws IOException {
        try (Interruption.Step step = interruption.begin()) {
            org.ramp.gateway.TranscriptLedger ledger = org.ramp.gateway.TranscriptLedger.read(dir.transcripts());
            for (Stage stage : config.workload().stages()) {
                if (result(stage.id()).isEmpty()) {
                    record(StageResults.notReached(stage, ModelLine.usage(ledger.usage(stage.id()))));
                }
            }
            RunResult result = record.write(RunStatus.COMPLETED, known);
            if (result == null) {
                throw new RunInterruptedException("interrupted while finishing run " + config.runId());
            }
            org.ramp.results.JUnitReport.write(result, dir.junit());
            return result;
        }
    }

    /** Waits for the background deletion of grading copies and removes what is left of them. */
    @Override
    public void close() {
        interruption.close();
        FileTrees.awaitDeletions();
        FileTrees.delete(dir.root().resolve("grading"));
    }

    private void record(StageResult result) throws IOException {
        List<StageResult> next = new ArrayList<>(known);
        next.removeIf(s -> s.id().equals(result.id()));
        next.add(result);
        next.sort(java.util.Comparator.comparingInt(s -> config.workload().stages().indexOf(stage(s.id()))));
        if (!record.writeStage(result, next)) {
            throw new RunInterruptedException("run " + config.runId() + " was interrupted; " + result.id()
                    + " is not recorded and runs again when the run goes on");
        }
        known.clear();
        known.addAll(next);
    }

    private void markInterrupted() throws IOException {
        record.write(RunStatus.INTERRUPTED, known);
    }

    private void restore(Agent agent) {
        if (agent instanceof BuiltinAgent builtin) {
            builtin.restore(dir.agent().resolve("conversation.json"));
        }
    }

    /** The stage's own limit, or what is left of the run's time, whichever comes first. */
    private Instant deadline() {
        Instant now = Instant.now();
        Instant stage = config.stageSeconds() == null ? Instant.MAX : now.plusSeconds(config.stageSeconds());
        Long runSeconds = config.runBudgets().maxWallSeconds();
        if (runSeconds == null) {
            return stage;
        }
        Instant run = now.plusMillis((long) (Math.max(0, runSeconds - RunRecord.seconds(known)) * 1000));
        return run.isBefore(stage) ? run : stage;
    }

    private Stage stage(String id) {
        return config.workload().stages().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + id + " in the workload; its stages are "
                        + config.workload().stages().stream().map(Stage::id).toList()));
    }
}
