package org.ramp.grading.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.grading.cost.InstructionCount;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.Job;
import org.ramp.workload.Artifacts;
import org.ramp.workload.CostFormula;
import org.ramp.workload.Limits;

/**
 * T4: 0 unless the optimised IR behaves exactly as the reference; then the workload's formula of the
 * reference's cost (clang -O2's IR, in opt.cost) and the candidate's, where a cost is the number of
 * instructions executed outside the C library, the runtime and start-up ({@link InstructionCount}).
 * Every file the count is made from is one the program cannot have written: the object, the program and
 * the link map are the compile step's sealed outputs, the profile a pinned file valgrind writes, the log
 * the run step's channel.
 */
public final class CostGrader implements Grader {
    private final Limits limits;
    private final CostFormula formula;

    public CostGrader(Limits limits, CostFormula formula) {
        this.limits = limits;
        this.formula = formula;
    }

    private RunAndCompareGrader run() {
        return RunAndCompareGrader.counted(limits, InstructionCount.PROFILE, InstructionCount.LOG);
    }

    @Override
    public List<Job> jobs(GradeCase gradeCase) {
        return run().jobs(gradeCase);
    }

    @Override
    public CaseScore score(GradeCase gradeCase, BatchResult results) {
        InstructionCount.Measurement measurement = measure(gradeCase, results);
        // T4's rule on its output: the program may not let work escape the count (TASK.md), whatever it printed
        String breach = measurement instanceof InstructionCount.Refused refused && refused.ruleViolation()
                ? "the optimised IR of " + gradeCase.name() + ": " + refused.reason() : null;
        Optional<CaseScore> wrong = run().verdict(gradeCase, results);
        if (wrong.isPresent()) {
            return CaseScore.breaking(wrong.get().reason(), breach);
        }
        if (measurement instanceof InstructionCount.Refused refused) {
            return CaseScore.breaking(refused.reason(), breach);
        }
        long reference = referenceCost(gradeCase.expectedDir());
        long cost = ((InstructionCount.Counted) measurement).instructions();
        if (cost <= 0) {
            return CaseScore.zero("no instruction was counted outside the runtime and the C library; does the IR"
                    + " define main?");
        }
        double score = formula.score(reference, cost);
        if (cost <= reference) {
            return new CaseScore(score, String.format(Locale.ROOT, "%d instructions, reference %d", cost, reference));
        }
        return new CaseScore(score, String.format(Locale.ROOT, "%d instructions, %.2fx the reference's %d", cost,
                (double) cost / reference, reference));
    }

    /** The counted run of a case whose jobs have run: its cost, or why it has none. */
    public static InstructionCount.Measurement measure(GradeCase gradeCase, BatchResult results) {
        String compile = gradeCase.job("compile");
        String run = gradeCase.job("run");
        return InstructionCount.measure(new InstructionCount.RunFiles(read(results, compile, InstructionCount.OBJECT),
                read(results, compile, RunAndCompareGrader.PROGRAM), read(results, compile, InstructionCount.MAP),
                read(results, run, InstructionCount.PROFILE), read(results, run, InstructionCount.LOG)),
                Job.sealed(compile, RunAndCompareGrader.PROGRAM));
    }

    /** A file a step left (sealed by the runner, fetched by the host); null when there is none. */
    private static byte[] read(BatchResult results, String jobId, String name) {
        return results.output(jobId, name).map(InstructionCount::read).orElse(null);
    }

    static long referenceCost(Path goldenDir) {
        try {
            return Long.parseLong(Files.readString(goldenDir.resolve(Artifacts.OPTIMISED_COST)).strip());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("the golden folder " + goldenDir + " has no valid "
                    + Artifacts.OPTIMISED_COST + "; run: ramp golden generate", e);
        }
    }
}
