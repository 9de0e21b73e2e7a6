package org.ramp.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ramp.grading.GradeCase;
import org.ramp.grading.ast.AstJson;
import org.ramp.grading.ast.AstNormaliser;
import org.ramp.grading.cost.InstructionCount;
import org.ramp.grading.execution.CostGrader;
import org.ramp.grading.execution.ToolchainCommands;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobRunner;
import org.ramp.sandbox.Mount;
import org.ramp.sandbox.SharedDirs;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.util.Text;
import org.ramp.workload.Artifacts;
import org.ramp.workload.CostFormula;
import org.ramp.workload.Limits;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/**
 * Produces the golden artifacts of test programs with the reference toolchain, all programs in one
 * container without network: preprocessed source, token dump, normalised AST, -O0 and -O2 IR, RV64
 * assembly, expected stdout and exit status, and the instruction count of the -O2 IR as T4 measures it.
 */
public final class GoldenGenerator {
    static final String CASES = "/ramp/cases";
    private static final String RAW_AST = "ast.raw.json";
    private static final String REFERENCE_BINARY = "reference";

    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Workload workload;
    private final Progress progress;

    public GoldenGenerator(DockerEngine docker, ToolchainInfo toolchain, Workload workload, Progress progress) {
        this.docker = docker;
        this.toolchain = toolchain;
        this.workload = workload;
        this.progress = progress;
    }

    /**
     * Writes the golden artifacts of each program into {@code output/NAME/}.
     *
     * @throws GoldenException naming every program and step that failed; nothing is written then
     */
    public void generate(List<TestProgram> programs, Path output) throws GoldenException {
        Path work = FileTrees.temporaryFolder("ramp-golden");
        try {
            Path cases = SharedDirs.create(work.resolve("cases"));
            JobBatch batch = new JobBatch();
            for (TestProgram program : programs) {
                Path dir = SharedDirs.create(cases.resolve(program.name()));
                Files.copy(program.source(), dir.resolve(program.name() + ".sy"));
                if (program.stdin().isPresent()) {
                    Files.copy(program.stdin().get(), dir.resolve("input.txt"));
                }
                batch.addAll(program.name(), jobs(program));
            }
            int shards = Runtime.getRuntime().availableProcessors();
            progress.line("generating the golden artifacts of " + programs.size() + " programs in " + toolchain.tag()
                    + " (" + batch.size() + " steps, " + shards + " in parallel)");
            JobRunner runner = new JobRunner(docker, ContainerProfile.offline(toolchain.tag(), "golden"));
            BatchResult results = runner.run(batch, work.resolve("batch"), List.of(Mount.readWrite(cases, CASES)),
                    shards, Duration.ofHours(2), progress);
            List<String> failures = new ArrayList<>();
            for (TestProgram program : programs) {
                collect(program, cases.resolve(program.name()), results, output.resolve(program.name()))
                        .ifPresent(failures::add);
            }
            if (!failures.isEmpty()) {
                throw new GoldenException(failures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the golden generation in " + work, e);
        } finally {
            FileTrees.delete(work);
        }
    }

    private List<Job> jobs(TestProgram program) {
        String dir = CASES + "/" + program.name();
        Optional<String> stdin = program.stdin().map(in -> dir + "/input.txt");
        Limits run = limitsOf(Artifacts.IR);
        int compile = ToolchainCommands.COMPILE_SECONDS;
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of(step(program, "preprocess"), dir, ReferenceCommands.preprocess(program.name() + ".sy"),
                compile, Job.LOG_ONLY));
        String[][] derived = {
            {"tokens", ReferenceCommands.tokens()},
            {"ast", ReferenceCommands.ast(RAW_AST)},
            {"ir", ReferenceCommands.ir()},
            {"opt", ReferenceCommands.optimisedIr()},
            {"asm", ReferenceCommands.assembly()},
            {"reference-build", ReferenceCommands.referenceBuild(REFERENCE_BINARY)},
        };
        for (String[] step : derived) {
            jobs.add(Job.of(step(program, step[0]), dir, step[1], compile, Job.LOG_ONLY)
                    .after(step(program, "preprocess")));
        }
        jobs.add(Job.of(step(program, "reference-run"), dir, ToolchainCommands.runNative(dir + "/" + REFERENCE_BINARY),
                run.runSeconds(), run.maxOutputBytes()).withStdin(stdin).after(step(program, "reference-build")));
        jobs.addAll(new CostGrader(limitsOf(Artifacts.OPTIMISED_IR), CostFormula.RATIO).jobs(costCase(program, null)));
        return jobs;
    }

    /** The golden opt.ll seen as a T4 candidate, so that its cost is measured by T4's own jobs. */
    private GradeCase costCase(TestProgram program, Path hostDir) {
        String dir = CASES + "/" + program.name();
        return new GradeCase(program.name() + ".cost", program.name(), hostDir, dir, Artifacts.OPTIMISED_IR,
                program.stdin().map(in -> dir + "/input.txt"), hostDir, Optional.of(step(program, "opt")));
    }

    private static String step(TestProgram program, String name) {
        return program.name() + "." + name;
    }

    private Limits limitsOf(String output) {
        return workload.stages().stream()
                .filter(stage -> stage.output().filter(output::equals).isPresent())
                .map(Stage::limits)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no stage writes " + output + " in " + workload.file()));
    }

    /** Moves a program's artifacts into place; returns why it failed, if it did. */
    private Optional<String> collect(TestProgram program, Path dir, BatchResult results, Path target)
            throws IOException {
        GradeCase cost = costCase(program, dir);
        List<String> steps = List.of("preprocess", "tokens", "ast", "ir", "opt", "asm", "reference-build",
                "reference-run");
        for (String name : steps) {
            JobResult result = results.get(step(program, name));
            if (!result.succeeded() && !(name.equals("reference-run") && result.outcome() == JobResult.Outcome.EXITED)) {
                return Optional.of(program.name() + ": " + name + " " + result.describe() + ": "
                        + Text.lastLines(result.stderrTail(), 6));
            }
        }
        for (String name : List.of("compile", "run")) {
            JobResult result = results.get(cost.job(name));
            if (result.outcome() != JobResult.Outcome.EXITED || (name.equals("compile") && result.exitCode() != 0)) {
                return Optional.of(program.name() + ": measuring opt.ll (" + name + ") " + result.describe() + ": "
                        + Text.lastLines(result.stderrTail(), 6));
            }
        }
        JobResult reference = results.get(step(program, "reference-run"));
        JobResult counted = results.get(cost.job("run"));
        if (reference.exitCode() != counted.exitCode() || !reference.stdoutText().equals(counted.stdoutText())) {
            return Optional.of(program.name() + ": the -O2 IR under callgrind behaves differently from the native"
                    + " -O2 build (exit " + counted.exitCode() + " vs " + reference.exitCode()
                    + "); the program is not deterministic or has undefined behaviour");
        }
        Files.writeString(dir.resolve(Artifacts.AST), normalisedAst(dir.resolve(RAW_AST)));
        Files.write(dir.resolve(Artifacts.STDOUT), reference.stdout());
        Files.writeString(dir.resolve(Artifacts.EXIT_STATUS), reference.exitCode() + "\n");
        InstructionCount.Measurement measured = CostGrader.measure(cost);
        if (measured instanceof InstructionCount.Refused refused) {
            return Optional.of(program.name() + ": measuring opt.ll: " + refused.reason());
        }
        long instructions = ((InstructionCount.Counted) measured).instructions();
        if (instructions <= 0) {
            return Optional.of(program.name() + ": no instruction counted outside the runtime and the C library");
        }
        Files.writeString(dir.resolve(Artifacts.OPTIMISED_COST), instructions + "\n");
        FileTrees.delete(target);
        Files.createDirectories(target);
        for (String file : Artifacts.GOLDEN_FILES) {
            Files.copy(dir.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        return Optional.empty();
    }

    /** clang's JSON AST, normalised and printed one node a line. */
    static String normalisedAst(Path raw) throws IOException {
        return AstJson.print(AstNormaliser.normalise(AstJson.read(Files.readAllBytes(raw))));
    }
}
