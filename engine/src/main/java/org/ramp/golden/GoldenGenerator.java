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
import org.ramp.sandbox.BatchInputs;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobRunner;
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
    private static final String INPUT = "input.txt";
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
            BatchInputs files = new BatchInputs();
            JobBatch batch = new JobBatch();
            for (TestProgram program : programs) {
                files.file(BatchInputs.input(program.name(), program.name() + ".sy"), program.source());
                program.stdin().ifPresent(in -> files.file(BatchInputs.input(program.name(), INPUT), in));
                batch.addAll(program.name(), jobs(program));
            }
            int shards = Runtime.getRuntime().availableProcessors();
            progress.line("generating the golden artifacts of " + programs.size() + " programs in " + toolchain.tag()
                    + " (" + batch.size() + " steps, " + shards + " in parallel)");
            JobRunner runner = new JobRunner(docker, ContainerProfile.offline(toolchain.tag(), "golden"));
            BatchResult results = runner.run(batch, files, work.resolve("results"), shards, Duration.ofHours(2),
                    progress);
            List<String> failures = new ArrayList<>();
            for (TestProgram program : programs) {
                collect(program, results, work.resolve("collected").resolve(program.name()),
                        output.resolve(program.name())).ifPresent(failures::add);
            }
            if (!failures.isEmpty()) {
                throw new GoldenException(failures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot collect the golden artifacts in " + work, e);
        } finally {
            FileTrees.delete(work);
        }
    }

    /** Each step in its own folder with the reference toolchain, given the file it derives from. */
    private List<Job> jobs(TestProgram program) {
        Optional<String> stdin = program.stdin().map(in -> BatchInputs.input(program.name(), INPUT));
        Limits run = limitsOf(Artifacts.IR);
        int compile = ToolchainCommands.COMPILE_SECONDS;
        String sy = BatchInputs.input(program.name(), program.name() + ".sy");
        String preprocess = step(program, "preprocess");
        String source = Job.sealed(preprocess, Artifacts.SOURCE);
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.inOwnFolder(preprocess, ReferenceCommands.preprocess(sy, program.name() + ".sy"), compile,
                Job.LOG_ONLY).withToolchain().granting(sy).producing(Artifacts.SOURCE));
        String[][] derived = {
            {"tokens", ReferenceCommands.tokens(source), Artifacts.TOKENS},
            {"ast", ReferenceCommands.ast(source, RAW_AST), RAW_AST},
            {"ir", ReferenceCommands.ir(source), Artifacts.IR},
            {"opt", ReferenceCommands.optimisedIr(source), Artifacts.OPTIMISED_IR},
            {"asm", ReferenceCommands.assembly(source), Artifacts.ASSEMBLY},
        };
        for (String[] step : derived) {
            jobs.add(Job.inOwnFolder(step(program, step[0]), step[1], compile, Job.LOG_ONLY).withToolchain()
                    .granting(source).producing(step[2]).after(preprocess));
        }
        String build = step(program, "reference-build");
        jobs.add(Job.inOwnFolder(build, ReferenceCommands.referenceBuild(source, REFERENCE_BINARY), compile,
                Job.LOG_ONLY).withToolchain().granting(source).handingOn(REFERENCE_BINARY).after(preprocess));
        String binary = Job.sealed(build, REFERENCE_BINARY);
        jobs.add(Job.inOwnFolder(step(program, "reference-run"), ToolchainCommands.runNative(binary),
                run.runSeconds(), run.maxOutputBytes()).withStdin(stdin).granting(binary).maxProcesses(1)
                .after(build));
        jobs.addAll(new CostGrader(limitsOf(Artifacts.OPTIMISED_IR), CostFormula.RATIO).jobs(costCase(program, null)));
        return jobs;
    }

    /** The golden opt.ll seen as a T4 candidate, so that its cost is measured by T4's own jobs. */
    private GradeCase costCase(TestProgram program, Path hostDir) {
        String opt = step(program, "opt");
        return new GradeCase(program.name() + ".cost", program.name(), hostDir, Job.SEALED + "/" + opt,
                Artifacts.OPTIMISED_IR, program.stdin().map(in -> BatchInputs.input(program.name(), INPUT)), hostDir,
                Optional.of(opt));
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

    /** Gathers a program's artifacts in {@code dir}, then moves them into place; why it failed, if it did. */
    private Optional<String> collect(TestProgram program, BatchResult results, Path dir, Path target)
            throws IOException {
        List<String> steps = List.of("preprocess", "tokens", "ast", "ir", "opt", "asm", "reference-build",
                "reference-run");
        for (String name : steps) {
            JobResult result = results.get(step(program, name));
            if (!result.succeeded() && !(name.equals("reference-run") && result.outcome() == JobResult.Outcome.EXITED)) {
                return Optional.of(program.name() + ": " + name + " " + result.describe() + ": "
                        + Text.lastLines(result.stderrTail(), 6));
            }
        }
        if (results.exported() == null) {
            return Optional.of(program.name() + ": nothing came back from the container: " + results.refused());
        }
        GradeCase cost = costCase(program, results.exported().resolve(step(program, "opt")));
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
        Files.createDirectories(dir);
        String[][] produced = {
            {"preprocess", Artifacts.SOURCE}, {"tokens", Artifacts.TOKENS}, {"ir", Artifacts.IR},
            {"opt", Artifacts.OPTIMISED_IR}, {"asm", Artifacts.ASSEMBLY},
        };
        for (String[] file : produced) {
            Optional<Path> made = results.output(step(program, file[0]), file[1]);
            if (made.isEmpty()) {
                return Optional.of(program.name() + ": " + file[0] + " left no " + file[1]);
            }
            Files.copy(made.get(), dir.resolve(file[1]));
        }
        Path raw = results.output(step(program, "ast"), RAW_AST).orElse(null);
        if (raw == null) {
            return Optional.of(program.name() + ": ast left no " + RAW_AST);
        }
        Files.writeString(dir.resolve(Artifacts.AST), normalisedAst(raw));
        Files.write(dir.resolve(Artifacts.STDOUT), reference.stdout());
        Files.writeString(dir.resolve(Artifacts.EXIT_STATUS), reference.exitCode() + "\n");
        InstructionCount.Measurement measured = CostGrader.measure(cost, results);
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
