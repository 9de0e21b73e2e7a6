package org.ramp.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ramp.golden.GoldenSet;
import org.ramp.grading.CaseScore;
import org.ramp.grading.CheckJobs;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.grading.Graders;
import org.ramp.grading.StageScore;
import org.ramp.results.CaseResult;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobRunner;
import org.ramp.sandbox.Mount;
import org.ramp.sandbox.SharedDirs;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.util.Text;
import org.ramp.workload.Check;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * A stage's grade phase: a fresh container without network, on a copy of the workspace (without the
 * agent's build folder) plus inputs the agent never saw and cannot change, mounted read-only. The
 * project is built, the stage's program runs on every case, and the engine's graders score the outputs.
 */
public final class StageGrader {
    static final String WORK = "/ramp/work";
    static final String INPUTS = "/ramp/inputs";
    static final String CASES = "/ramp/cases";
    private static final String BUILD = "build";
    private static final String BUILD_DIR = "build";

    private final DockerEngine docker;
    private final ContainerProfile profile;
    private final Workload workload;
    private final GoldenSet golden;
    private final Progress progress;

    public StageGrader(DockerEngine docker, ContainerProfile profile, Workload workload, GoldenSet golden,
            Progress progress) {
        this.docker = docker;
        this.profile = profile;
        this.workload = workload;
        this.golden = golden;
        this.progress = progress;
    }

    /**
     * What grading found.
     *
     * @param build          "ok", "failed", "timed-out", or "none" for T0, whose build is among its checks
     * @param infrastructure what failed in the harness rather than in the agent's work (a lost container...)
     */
    public record Outcome(StageScore score, List<CaseResult> cases, String build, String buildLog, double seconds,
            List<String> infrastructure) {
    }

    /**
     * What a stage's grading will run: the job batch, the folders it mounts (already filled), and for
     * stages on programs the case of each program.
     */
    public record Plan(Stage stage, JobBatch batch, List<Mount> mounts, Path scratch, List<TestProgram> programs,
            List<GradeCase> cases) {
    }

    /**
     * Grades a stage.
     *
     * @param inputs    per program, the file its case reads (golden, or the previous stage's output)
     * @param scratch   an empty host folder for the copies, removed afterwards
     * @param outputs   where each case's output is kept for the next stage: {@code outputs/CASE/FILE}
     */
    public Outcome grade(Stage stage, List<TestProgram> programs, Map<String, Path> inputs, Path workspace,
            Path scratch, Path outputs) {
        long started = System.nanoTime();
        try {
            Plan plan = plan(stage, programs, inputs, workspace, scratch);
            BatchResult results = run(plan);
            Outcome outcome = stage.runsOnPrograms() ? scorePrograms(plan, results, outputs) : scoreChecks(plan, results);
            return new Outcome(outcome.score(), outcome.cases(), outcome.build(), outcome.buildLog(),
                    (System.nanoTime() - started) / 1e9, outcome.infrastructure());
        } finally {
            // the copies go while the next stage's agent works
            FileTrees.deleteLater(scratch);
        }
    }

    /** Copies the workspace (without its build folder) and the inputs, and lays out the jobs. */
    public Plan plan(Stage stage, List<TestProgram> programs, Map<String, Path> inputs, Path workspace, Path scratch) {
        Path work = scratch.resolve("work");
        FileTrees.copy(workspace, work, relative -> !relative.toString().equals(BUILD_DIR));
        SharedDirs.share(work);
        SharedDirs.create(scratch);
        Path inputDir = SharedDirs.create(scratch.resolve("inputs"));
        Path caseDir = SharedDirs.create(scratch.resolve("cases"));
        List<Mount> mounts = List.of(Mount.readWrite(work, WORK), Mount.readOnly(inputDir, INPUTS),
                Mount.readWrite(caseDir, CASES));
        if (!stage.runsOnPrograms()) {
            JobBatch batch = new JobBatch().addAll("checks", CheckJobs.of(stage, stage.id(), WORK));
            return new Plan(stage, batch, mounts, scratch, List.of(), List.of());
        }
        String input = stage.input().orElseThrow();
        String output = stage.output().orElseThrow();
        Grader grader = Graders.forStage(stage);
        JobBatch batch = new JobBatch().first(Job.of(BUILD, WORK, workload.build().command(),
                workload.build().timeoutSeconds(), Job.LOG_ONLY));
        List<GradeCase> gradeCases = new ArrayList<>();
        for (TestProgram program : programs) {
            String name = program.name();
            Path in = SharedDirs.create(inputDir.resolve(name));
            SharedDirs.create(caseDir.resolve(name));
            copy(inputs.get(name), in.resolve(input));
            Optional<String> stdin = Optional.empty();
            if (program.stdin().isPresent()) {
                copy(program.stdin().get(), in.resolve(WorkspaceTemplate.CASE_INPUT));
                stdin = Optional.of(INPUTS + "/" + name + "/" + WorkspaceTemplate.CASE_INPUT);
            }
            String produce = name + ".produce";
            String command = stage.invocation(INPUTS + "/" + name + "/" + input, CASES + "/" + name + "/" + output);
            GradeCase gradeCase = new GradeCase(name, name, caseDir.resolve(name), CASES + "/" + name, output, stdin,
                    golden.programDir(name), Optional.of(produce));
            batch.add(name, Job.of(produce, WORK, command, stage.limits().caseSeconds(), Job.LOG_ONLY).after(BUILD));
            batch.addAll(name, grader.jobs(gradeCase));
            gradeCases.add(gradeCase);
        }
        return new Plan(stage, batch, mounts, scratch, programs, gradeCases);
    }

    private Outcome scoreChecks(Plan plan, BatchResult results) {
        Stage stage = plan.stage();
        Grader grader = Graders.forStage(stage);
        List<CaseScore> scores = new ArrayList<>();
        List<CaseResult> cases = new ArrayList<>();
        for (Check check : stage.checks()) {
            String job = CheckJobs.jobId(stage.id(), check.name());
            GradeCase gradeCase = new GradeCase(job, check.name(), plan.scratch(), WORK, "", Optional.empty(),
                    plan.scratch(), Optional.of(job));
            CaseScore score = grader.score(gradeCase, results);
            scores.add(score);
            cases.add(new CaseResult(check.name(), "check", score.score(), score.reason(), results.get(job).seconds()));
        }
        return new Outcome(StageScore.of(scores, stage.passThreshold()), cases, "none", "", 0,
                infrastructure(results));
    }

    private Outcome scorePrograms(Plan plan, BatchResult results, Path outputs) {
        Stage stage = plan.stage();
        String output = stage.output().orElseThrow();
        Grader grader = Graders.forStage(stage);
        List<TestProgram> programs = plan.programs();
        List<GradeCase> gradeCases = plan.cases();
        JobResult build = results.get(BUILD);
        String buildStatus = build.succeeded() ? "ok" : build.outcome() == JobResult.Outcome.TIMED_OUT ? "timed-out"
                : "failed";
        String buildLog = build.succeeded() ? "" : Text.lastLines(build.stderrTail(), 30);
        List<CaseScore> scores = new ArrayList<>();
        List<CaseResult> cases = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            TestProgram program = programs.get(i);
            GradeCase gradeCase = gradeCases.get(i);
            JobResult produced = results.get(gradeCase.producedBy().orElseThrow());
            CaseScore score;
            if (!build.succeeded()) {
                score = CaseScore.zero("the project does not build (" + build.describe() + "): "
                        + Text.lastLines(build.stderrTail(), 4));
            } else if (!produced.succeeded()) {
                score = CaseScore.zero(programName(stage) + " " + produced.describe() + ": "
                        + Text.lastLines(produced.stderrTail(), 4));
            } else {
                score = grader.score(gradeCase, results);
            }
            scores.add(score);
            cases.add(new CaseResult(program.name(), program.visibility().folderKey(), score.score(), score.reason(),
                    produced.seconds() + checkSeconds(results, gradeCase)));
            keep(gradeCase.candidateFile(), outputs.resolve(program.name()).resolve(output));
        }
        return new Outcome(StageScore.of(scores, stage.passThreshold()), cases, buildStatus, buildLog, 0,
                infrastructure(results));
    }

    private BatchResult run(Plan plan) {
        int shards = Runtime.getRuntime().availableProcessors();
        Stage stage = plan.stage();
        progress.line(stage.id() + " grading: " + plan.batch().size() + " steps in a fresh container");
        Duration timeout = Duration.ofSeconds(workload.build().timeoutSeconds()
                + (long) plan.batch().size() * Math.max(stage.limits().caseSeconds(), stage.limits().runSeconds()) + 600);
        return new JobRunner(docker, profile).run(plan.batch(), plan.scratch().resolve("batch"), plan.mounts(), shards,
                timeout, progress);
    }

    /** The harness's own failures: a container that died or timed out, steps that left no result. */
    private static List<String> infrastructure(BatchResult results) {
        List<String> problems = new ArrayList<>();
        if (results.container().timedOut()) {
            problems.add("the grade container outlived its time limit and was killed");
        } else if (results.container().exitCode() != 0) {
            problems.add("the grade container ended with status " + results.container().exitCode() + ": "
                    + Text.lastLines(results.container().logTail(), 3));
        }
        long missing = results.results().values().stream()
                .filter(result -> result.outcome() == JobResult.Outcome.MISSING).count();
        if (missing > 0) {
            problems.add(missing + " grading steps left no result");
        }
        return problems;
    }

    private static double checkSeconds(BatchResult results, GradeCase gradeCase) {
        return results.results().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(gradeCase.key() + "."))
                .mapToDouble(entry -> entry.getValue().seconds()).sum();
    }

    private static String programName(Stage stage) {
        String invoke = stage.invoke().orElse("");
        int input = invoke.indexOf(" {input}");
        return input > 0 ? invoke.substring(0, input) : "the stage's program";
    }

    private static void copy(Path from, Path to) {
        try {
            if (from != null && Files.isRegularFile(from)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    /** Keeps a case's output for the next stage; a case that wrote nothing keeps nothing. */
    private static void keep(Path candidate, Path target) {
        try {
            Files.deleteIfExists(target);
            if (Files.isRegularFile(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target.getParent());
                Files.copy(candidate, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the output " + candidate, e);
        }
    }
}
