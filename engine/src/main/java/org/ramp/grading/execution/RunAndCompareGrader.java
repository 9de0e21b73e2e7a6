package org.ramp.grading.execution;

import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.ramp.grading.CandidateFiles;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobResult;
import org.ramp.util.Text;
import org.ramp.workload.Limits;

/**
 * T3 and T5: compile (or assemble and link) the candidate, run it with the case's input, and give
 * 100 when its stdout and exit status equal the reference's, 0 otherwise.
 */
public final class RunAndCompareGrader implements Grader {
    static final String PROGRAM = "program";

    private final BinaryOperator<String> compile;
    private final UnaryOperator<String> run;
    private final Limits limits;
    private final String what;

    /**
     * @param compile candidate path, binary path → the command that builds the binary
     * @param run     binary path → the command that runs it
     * @param what    what the candidate is, for reasons ("IR", "assembly")
     */
    public RunAndCompareGrader(BinaryOperator<String> compile, UnaryOperator<String> run, Limits limits,
            String what) {
        this.compile = compile;
        this.run = run;
        this.limits = limits;
        this.what = what;
    }

    /** T3: clang -O0 and the x86-64 runtime. */
    public static RunAndCompareGrader llvmIr(Limits limits) {
        return new RunAndCompareGrader(ToolchainCommands::compileIr, ToolchainCommands::runNative, limits, "IR");
    }

    /** T5: RV64 GNU toolchain and qemu-riscv64. */
    public static RunAndCompareGrader rv64Assembly(Limits limits) {
        return new RunAndCompareGrader(ToolchainCommands::linkRv64, ToolchainCommands::runRv64, limits,
                "assembly");
    }

    /** T4's correctness run: llc -O2, static link with a map, run under callgrind writing profile and log. */
    static RunAndCompareGrader counted(Limits limits, String profile, String log) {
        return new RunAndCompareGrader(ToolchainCommands::compileIrForCost,
                binary -> ToolchainCommands.runCounted(binary, profile, log), limits, "IR");
    }

    @Override
    public List<Job> jobs(GradeCase gradeCase) {
        String binary = gradeCase.containerDir() + "/" + PROGRAM;
        Job build = Job.of(gradeCase.job("compile"), gradeCase.containerDir(),
                compile.apply(gradeCase.candidateInContainer(), binary), ToolchainCommands.COMPILE_SECONDS,
                Job.LOG_ONLY);
        if (gradeCase.producedBy().isPresent()) {
            build = build.after(gradeCase.producedBy().get());
        }
        Job execute = Job.of(gradeCase.job("run"), gradeCase.containerDir(), run.apply(binary),
                limits.runSeconds(), limits.maxOutputBytes())
                .withStdin(gradeCase.stdin())
                .after(build.id());
        return List.of(build, execute);
    }

    @Override
    public CaseScore score(GradeCase gradeCase, BatchResult results) {
        return verdict(gradeCase, results).orElseGet(CaseScore::full);
    }

    /** Why the case scores 0, or empty when the program behaved exactly as the reference. */
    Optional<CaseScore> verdict(GradeCase gradeCase, BatchResult results) {
        Optional<CaseScore> unusable = CandidateFiles.unusable(gradeCase.candidateFile(), limits.maxOutputBytes());
        if (unusable.isPresent()) {
            return unusable;
        }
        JobResult build = results.get(gradeCase.job("compile"));
        if (build.outcome() == JobResult.Outcome.MISSING) {
            return Optional.of(CaseScore.zero("infrastructure: the compile step " + build.describe()));
        }
        if (!build.succeeded()) {
            return Optional.of(CaseScore.zero("the " + what + " does not build (" + build.describe() + "): "
                    + Text.lastLines(build.stderrTail(), 6)));
        }
        JobResult execution = results.get(gradeCase.job("run"));
        return switch (execution.outcome()) {
            case EXITED -> ExpectedBehaviour.read(gradeCase.expectedDir()).mismatch(execution)
                    .map(CaseScore::zero);
            case TIMED_OUT -> Optional.of(CaseScore.zero("the program " + execution.describe()
                    + " (limit " + limits.runSeconds() + " s)"));
            case OUTPUT_LIMIT -> Optional.of(CaseScore.zero("the program printed more than "
                    + limits.maxOutputBytes() + " bytes"));
            case SKIPPED, MISSING -> Optional.of(CaseScore.zero("infrastructure: the run " + execution.describe()));
        };
    }
}
