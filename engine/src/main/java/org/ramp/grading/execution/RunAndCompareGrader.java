package org.ramp.grading.execution;

import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.ramp.grading.CandidateFiles;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.grading.cost.InstructionCount;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobResult;
import org.ramp.util.Text;
import org.ramp.workload.Limits;

/**
 * T3 and T5: compile (or assemble and link) the candidate, run it with the case's input, and give
 * 100 when its stdout and exit status equal the reference's, 0 otherwise. The compile step is a
 * grader's: it runs with the toolchain, in its own folder, and hands the binary on sealed; the run
 * step runs the program as its own user, unable to fork, with only its input on standard input.
 */
public final class RunAndCompareGrader implements Grader {
    static final String PROGRAM = "program";
    /** qemu-user runs the program in a thread of its own beside its RCU thread; a few more are allowed. */
    private static final int QEMU_THREADS = 8;

    private final BinaryOperator<String> compile;
    private final UnaryOperator<Job> buildStep;
    private final BinaryOperator<String> run;
    private final UnaryOperator<Job> runStep;
    private final Limits limits;
    private final String what;

    /**
     * @param compile candidate path, binary file name → the command that builds the binary in the step's folder
     * @param buildStep which of the build's files are sealed: for later steps only, or for the host too
     * @param run     binary path, the run step's id → the command that runs it
     * @param runStep what else the run step needs (files it writes, a channel)
     * @param what    what the candidate is, for reasons ("IR", "assembly")
     */
    RunAndCompareGrader(BinaryOperator<String> compile, UnaryOperator<Job> buildStep, BinaryOperator<String> run,
            UnaryOperator<Job> runStep, Limits limits, String what) {
        this.compile = compile;
        this.buildStep = buildStep;
        this.run = run;
        this.runStep = runStep;
        this.limits = limits;
        this.what = what;
    }

    /** T3: clang -O0 and the x86-64 runtime. */
    public static RunAndCompareGrader llvmIr(Limits limits) {
        return new RunAndCompareGrader(ToolchainCommands::compileIr, build -> build.handingOn(PROGRAM), (binary, id) -> ToolchainCommands.runNative(binary),
                job -> job, limits, "IR");
    }

    /** T5: RV64 GNU toolchain and qemu-riscv64, which needs a few threads of its own. */
    public static RunAndCompareGrader rv64Assembly(Limits limits) {
        return new RunAndCompareGrader(ToolchainCommands::linkRv64, build -> build.handingOn(PROGRAM), (binary, id) -> ToolchainCommands.runRv64(binary),
                job -> job.maxProcesses(QEMU_THREADS), limits, "assembly");
    }

    /**
     * T4's correctness run: llc -O2, static link with a map (the object, the program and the map are handed
     * back to the host sealed), run under callgrind. The profile is a pinned file (the program cannot
     * replace it) and valgrind's log goes to the step's channel (it cannot take back what valgrind wrote).
     */
    static RunAndCompareGrader counted(Limits limits, String profile, String log) {
        return new RunAndCompareGrader(ToolchainCommands::compileIrForCost,
                build -> build.producing(PROGRAM, InstructionCount.OBJECT, InstructionCount.MAP),
                (binary, id) -> ToolchainCommands.runCounted(binary, Job.pinned(id, profile)),
                job -> job.pinning(profile).withChannel(log), limits, "IR");
    }

    @Override
    public List<Job> jobs(GradeCase gradeCase) {
        String candidate = gradeCase.candidateInContainer();
        Job build = buildStep.apply(Job.inOwnFolder(gradeCase.job("compile"), compile.apply(candidate, PROGRAM),
                ToolchainCommands.COMPILE_SECONDS, Job.LOG_ONLY).withToolchain().granting(candidate));
        if (gradeCase.producedBy().isPresent()) {
            build = build.after(gradeCase.producedBy().get());
        }
        String binary = Job.sealed(build.id(), PROGRAM);
        String runId = gradeCase.job("run");
        Job execute = runStep.apply(Job.inOwnFolder(runId, run.apply(binary, runId), limits.runSeconds(),
                limits.maxOutputBytes()).withStdin(gradeCase.stdin()).granting(binary).maxProcesses(1)
                .after(build.id()));
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
        if (build.refused().containsKey(PROGRAM)) {
            return Optional.of(CaseScore.zero("the " + what + " builds a program that cannot be run: "
                    + build.refused().get(PROGRAM)));
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
