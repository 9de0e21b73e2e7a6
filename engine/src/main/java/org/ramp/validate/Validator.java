package org.ramp.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.ramp.grading.execution.CostGrader;
import org.ramp.grading.execution.ToolchainCommands;
import org.ramp.sandbox.BatchInputs;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobRunner;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.workload.Check;
import org.ramp.workload.CostFormula;
import org.ramp.workload.GraderKind;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * {@code ramp validate}: proves every stage gradable. For each stage and program, the golden output must
 * score exactly 100 and every mutant of it less, and the stage's do-nothing output (the starting project,
 * an empty file, T4's input unchanged) must fail the stage. T0's golden is the starting project with the
 * golden build files applied, and its mutant the starting project as delivered. T4 also grades what
 * LLVM's own pipelines make of the -O0 IR (probes, reported only), under every formula. Everything runs
 * in one container without network.
 */
public final class Validator {
    /** Where T0's projects are in the container: trees the checks build in. */
    private static final String PROJECTS = "/ramp/projects";
    private static final String GOLDEN = "golden";
    /** The IR an opt-made mutant is made from, in its case folder. */
    private static final String OPT_INPUT = "opt-input.ll";

    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Workload workload;
    private final GoldenSet golden;
    private final Progress progress;

    public Validator(DockerEngine docker, ToolchainInfo toolchain, Workload workload, GoldenSet golden,
            Progress progress) {
        this.docker = docker;
        this.toolchain = toolchain;
        this.workload = workload;
        this.golden = golden;
        this.progress = progress;
    }

    /** One graded variant: the golden output of a case, one of its mutants, or a probe. */
    private record Variant(Stage stage, String caseName, String variant, ValidationReport.Role role,
            GradeCase gradeCase, Grader grader) {
        boolean isGolden() {
            return role == ValidationReport.Role.GOLDEN;
        }
    }

    public ValidationReport validate(List<Stage> stages, List<TestProgram> programs) {
        long started = System.nanoTime();
        Path work = FileTrees.temporaryFolder("ramp-validate");
        try {
            Path cases = Files.createDirectories(work.resolve("cases"));
            Path resultsDir = work.resolve("results");
            Path exported = JobRunner.exported(resultsDir);
            BatchInputs files = new BatchInputs();
            JobBatch batch = new JobBatch();
            List<Variant> variants = new ArrayList<>();
            for (Stage stage : stages) {
                if (stage.runsOnPrograms()) {
                    for (TestProgram program : programs) {
                        variants.addAll(programVariants(stage, program, cases, files, exported, batch));
                    }
                } else {
                    variants.addAll(checkVariants(stage, cases, files, batch));
                }
            }
            int shards = Runtime.getRuntime().availableProcessors();
            progress.line("validating " + stages.size() + " stages on " + programs.size() + " programs: "
                    + variants.size() + " outputs graded, " + batch.size() + " steps in " + toolchain.tag()
                    + " (" + shards + " in parallel)");
            BatchResult results = new JobRunner(docker, ContainerProfile.offline(toolchain.tag(), "validate"))
                    .run(batch, files, resultsDir, shards, Duration.ofHours(2), progress);
            ValidationReport.Builder report = new ValidationReport.Builder(toolchain);
            Map<String, List<CaseScore>> projectMutants = new LinkedHashMap<>();
            for (Variant variant : variants) {
                CaseScore score = variant.grader().score(variant.gradeCase(), results);
                if (variant.stage().runsOnPrograms() || variant.isGolden()) {
                    report.add(variant.stage().id(), variant.caseName(), variant.variant(), variant.role(), score);
                    compareFormulas(report, variant, results);
                } else {
                    projectMutants.computeIfAbsent(variant.stage().id() + "\t" + variant.variant(),
                            key -> new ArrayList<>()).add(score);
                }
            }
            // a T0 mutant is a whole project: rejected when its stage score, the mean of its checks, is below 100
            projectMutants.forEach((key, scores) -> {
                String[] parts = key.split("\t");
                StageScore stage = StageScore.of(scores, workload.stage(parts[0]).passThreshold());
                report.add(parts[0], "project", parts[1], ValidationReport.Role.MUTANT,
                        new CaseScore(stage.score(), stage.firstProblem()));
            });
            for (Stage stage : stages) {
                report.doNothing(stage.id(), Mutants.doNothing(stage.grader().kind()), stage.passThreshold());
            }
            for (Stage stage : stages) {
                report.stageSeconds(stage.id(), results.results().entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith(stage.id() + "."))
                        .mapToDouble(entry -> entry.getValue().seconds()).sum());
            }
            return report.build((System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the validation in " + work, e);
        } finally {
            FileTrees.delete(work);
        }
    }

    /** The golden output, its mutants and probes; {@code exported} is where the batch's sealed outputs come back. */
    private List<Variant> programVariants(Stage stage, TestProgram program, Path cases, BatchInputs files,
            Path exported, JobBatch batch) {
        Path goldenDir = golden.programDir(program.name());
        String output = stage.output().orElseThrow();
        byte[] goldenOutput;
        try {
            goldenOutput = Files.readAllBytes(goldenDir.resolve(output));
        } catch (IOException e) {
            throw new UncheckedIOException("the golden " + output + " of " + program.name()
                    + " is missing; run: ramp golden generate", e);
        }
        List<Mutants.Mutant> all = new ArrayList<>();
        all.add(new Mutants.Mutant(GOLDEN, goldenOutput));
        all.addAll(Mutants.of(stage.grader().kind(), goldenDir, output));
        Grader grader = Graders.forStage(stage);
        List<Variant> variants = new ArrayList<>();
        for (Mutants.Mutant mutant : all) {
            String key = stage.id() + "." + program.name() + "." + mutant.name();
            Path dir = cases.resolve(key);
            String inputs = BatchInputs.INPUTS + "/" + key;
            // a mutant made by opt is its input here, and the output of an opt step in the container
            String written = mutant.optPasses().isPresent() ? OPT_INPUT : output;
            try {
                Files.createDirectories(dir);
                Files.write(dir.resolve(written), mutant.content());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write into " + dir, e);
            }
            files.file(inputs + "/" + written, dir.resolve(written));
            program.stdin().ifPresent(in -> files.file(inputs + "/" + WorkspaceTemplate.CASE_INPUT, in));
            Optional<String> producer = mutant.optPasses().map(passes -> {
                String id = key + ".opt";
                batch.add(key, Job.inOwnFolder(id, ToolchainCommands.optimise(passes, inputs + "/" + OPT_INPUT,
                        Job.folder(id) + "/" + output), ToolchainCommands.COMPILE_SECONDS, Job.LOG_ONLY)
                        .withToolchain().granting(inputs + "/" + OPT_INPUT).producing(output));
                return id;
            });
            Path hostDir = producer.map(exported::resolve).orElse(dir);
            String containerDir = producer.map(id -> Job.SEALED + "/" + id).orElse(inputs);
            GradeCase gradeCase = new GradeCase(key, program.name(), hostDir, containerDir, output,
                    program.stdin().map(in -> inputs + "/" + WorkspaceTemplate.CASE_INPUT), goldenDir, producer);
            batch.addAll(key, grader.jobs(gradeCase));
            ValidationReport.Role role = mutant.name().equals(GOLDEN) ? ValidationReport.Role.GOLDEN
                    : mutant.probe() ? ValidationReport.Role.PROBE : ValidationReport.Role.MUTANT;
            variants.add(new Variant(stage, program.name(), mutant.name(), role, gradeCase, grader));
        }
        return variants;
    }

    /** T4 under every formula the workload does not use, so that both formulas' figures come from one run. */
    private static void compareFormulas(ValidationReport.Builder report, Variant variant, BatchResult results) {
        if (variant.stage().grader().kind() != GraderKind.IR_COST) {
            return;
        }
        CostFormula used = variant.stage().grader().costFormula();
        for (CostFormula formula : CostFormula.values()) {
            if (formula != used) {
                report.compare(variant.stage().id(), formula.id(), variant.variant(),
                        new CostGrader(variant.stage().limits(), formula).score(variant.gradeCase(), results));
            }
        }
    }

    /** T0: the project with the golden build files, and the project as delivered, each checked in full. */
    private List<Variant> checkVariants(Stage stage, Path cases, BatchInputs files, JobBatch batch) {
        WorkspaceTemplate template = new WorkspaceTemplate(workload, golden);
        Grader grader = Graders.forStage(stage);
        List<Variant> variants = new ArrayList<>();
        for (String variant : List.of(GOLDEN, Mutants.doNothing(GraderKind.EXIT_STATUS))) {
            String key = stage.id() + "." + variant;
            Path project = cases.resolve(key);
            template.create(project, List.of());
            if (variant.equals(GOLDEN)) {
                template.applyT0Golden(project);
            }
            String containerDir = PROJECTS + "/" + key;
            files.tree(project, containerDir, relative -> true);
            batch.addAll(key, CheckJobs.of(stage, key, containerDir));
            for (Check check : stage.checks()) {
                GradeCase gradeCase = new GradeCase(key + "." + check.name(), check.name(), project, containerDir,
                        "", Optional.empty(), project, Optional.of(CheckJobs.jobId(key, check.name())));
                variants.add(new Variant(stage, check.name(), variant, variant.equals(GOLDEN)
                        ? ValidationReport.Role.GOLDEN : ValidationReport.Role.MUTANT, gradeCase, grader));
            }
        }
        return variants;
    }
}
