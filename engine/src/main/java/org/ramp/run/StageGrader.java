package org.ramp.run;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ramp.archive.ArchiveLimitException;
import org.ramp.golden.GoldenSet;
import org.ramp.grading.CaseScore;
import org.ramp.grading.CheckJobs;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.grading.Graders;
import org.ramp.grading.StageScore;
import org.ramp.grading.rules.RuleChecks;
import org.ramp.results.CaseResult;
import org.ramp.sandbox.BatchInputs;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobRunner;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.util.Text;
import org.ramp.workload.Check;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * A stage's grade phase: a fresh container without network, given by archive copy the workspace
 * (without the agent's build folder) and inputs the agent never saw. The project is built, the built
 * files are inspected for what the stage's rules forbid, the stage's program runs on every case (each
 * run seeing only its own input), and the engine's graders score the outputs that came back.
 */
public final class StageGrader {
    static final String WORK = BatchInputs.WORK;
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
     * @param violations     what the stage's rules forbid and the program did or holds, as evidence
     *                       ("sysyc ran clang (...)", "build/sysyc imports llvm::...", ...); any makes the
     *                       stage's score 0
     */
    public record Outcome(StageScore score, List<CaseResult> cases, String build, String buildLog, double seconds,
            List<String> infrastructure, List<String> violations) {
        public Outcome {
            violations = List.copyOf(violations);
        }

        /** An outcome without violations (kept for callers that have none to report). */
        public Outcome(StageScore score, List<CaseResult> cases, String build, String buildLog, double seconds,
                List<String> infrastructure) {
            this(score, cases, build, buildLog, seconds, infrastructure, List.of());
        }
    }

    /** What a stage's grading will run: the job batch, the files it starts with, and each program's case. */
    public record Plan(Stage stage, JobBatch batch, BatchInputs inputs, Path scratch, List<TestProgram> programs,
            List<GradeCase> cases) {
    }

    /**
     * Grades a stage.
     *
     * @param inputs    per program, the file its case reads (golden, or the previous stage's output)
     * @param scratch   an empty host folder for what comes back, removed afterwards
     * @param outputs   where each case's output is kept for the next stage: {@code outputs/CASE/FILE}
     */
    public Outcome grade(Stage stage, List<TestProgram> programs, Map<String, Path> inputs, Path workspace,
            Path scratch, Path outputs) {
        long started = System.nanoTime();
        try {
            Plan plan = plan(stage, programs, inputs, workspace, scratch);
            BatchResult results;
            try {
                results = run(plan);
            } catch (ArchiveLimitException e) {
                // the workspace is the agent's: one that cannot be copied fails the stage, with the reason
                String reason = "the workspace cannot be graded: " + e.getMessage();
                return new Outcome(StageScore.of(List.of(), stage.passThreshold()), List.of(), "failed", reason,
                        (System.nanoTime() - started) / 1e9, List.of());
            }
            Outcome outcome = stage.runsOnPrograms() ? scorePrograms(plan, results, outputs) : scoreChecks(plan, results);
            List<String> violations = RuleChecks.violations(stage, results, plan.cases(), programName(stage),
                    outcome.violations());
            StageScore score = violations.isEmpty() ? outcome.score()
                    : new StageScore(0, false, outcome.score().cases());
            return new Outcome(score, outcome.cases(), outcome.build(), outcome.buildLog(),
                    (System.nanoTime() - started) / 1e9, outcome.infrastructure(), violations);
        } finally {
            // what came back goes while the next stage's agent works
            FileTrees.deleteLater(scratch);
        }
    }

    /** Lays out the files and the jobs: build, inspection, then each case's program and grader steps. */
    public Plan plan(Stage stage, List<TestProgram> programs, Map<String, Path> inputs, Path workspace, Path scratch) {
        BatchInputs files = new BatchInputs().tree(workspace, WORK, relative -> !relative.toString().equals(BUILD_DIR));
        Path exported = JobRunner.exported(scratch);
        if (!stage.runsOnPrograms()) {
            JobBatch batch = new JobBatch().addAll("checks", CheckJobs.of(stage, stage.id(), WORK));
            return new Plan(stage, batch, files, scratch, List.of(), List.of());
        }
        String input = stage.input().orElseThrow();
        String output = stage.output().orElseThrow();
        Grader grader = Graders.forStage(stage);
        JobBatch batch = new JobBatch().first(Job.of(BUILD, WORK, workload.build().command(),
                workload.build().timeoutSeconds(), Job.LOG_ONLY).withToolchain().writing(WORK));
        RuleChecks.plan(stage, files, batch, WORK, BUILD);
        List<GradeCase> gradeCases = new ArrayList<>();
        for (TestProgram program : programs) {
            String name = program.name();
            String in = BatchInputs.input(name, input);
            Path source = inputs.get(name);
            if (source != null && Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                files.file(in, source);
            }
            Optional<String> stdin = Optional.empty();
            if (program.stdin().isPresent()) {
                stdin = Optional.of(BatchInputs.input(name, WorkspaceTemplate.CASE_INPUT));
                files.file(stdin.get(), program.stdin().get());
            }
            String produce = name + ".produce";
            String command = stage.invocation(in, Job.folder(produce) + "/" + output);
            GradeCase gradeCase = new GradeCase(name, name, exported.resolve(produce), Job.SEALED + "/" + produce,
                    output, stdin, golden.programDir(name), Optional.of(produce));
            batch.add(name, Job.of(produce, WORK, command, stage.limits().caseSeconds(), Job.LOG_ONLY)
                    .granting(in).producing(output).maxFileBytes(stage.limits().maxOutputBytes()).after(BUILD));
            batch.addAll(name, grader.jobs(gradeCase));
            gradeCases.add(gradeCase);
        }
        return new Plan(stage, batch, files, scratch, programs, gradeCases);
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
        List<String> breaches = new ArrayList<>();
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
            } else if (produced.refused().containsKey(output)) {
                score = CaseScore.zero("the output " + output + " is " + produced.refused().get(output));
            } else {
                score = grader.score(gradeCase, results);
            }
            scores.add(score);
            if (score.breach() != null) {
                breaches.add(score.breach());
            }
            cases.add(new CaseResult(program.name(), program.visibility().folderKey(), score.score(), score.reason(),
                    produced.seconds() + checkSeconds(results, gradeCase)));
            keep(gradeCase.candidateFile(), outputs.resolve(program.name()).resolve(output));
        }
        return new Outcome(StageScore.of(scores, stage.passThreshold()), cases, buildStatus, buildLog, 0,
                infrastructure(results), breaches);
    }

    private BatchResult run(Plan plan) {
        int shards = Runtime.getRuntime().availableProcessors();
        Stage stage = plan.stage();
        progress.line(stage.id() + " grading: " + plan.batch().size() + " steps in a fresh container");
        Duration timeout = Duration.ofSeconds(workload.build().timeoutSeconds()
                + (long) plan.batch().size() * Math.max(stage.limits().caseSeconds(), stage.limits().runSeconds()) + 600);
        return new JobRunner(docker, profile).run(plan.batch(), plan.inputs(), plan.scratch(), shards, timeout,
                progress);
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

    /** Keeps a case's output for the next stage; a case that wrote nothing keeps nothing. */
    private static void keep(Path candidate, Path target) {
        try {
            Files.deleteIfExists(target);
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target.getParent());
                Files.copy(candidate, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        LinkOption.NOFOLLOW_LINKS);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the output " + candidate, e);
        }
    }
}
