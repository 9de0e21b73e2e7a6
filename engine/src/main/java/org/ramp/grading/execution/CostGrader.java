package org.ramp.grading.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.Job;
import org.ramp.workload.Artifacts;
import org.ramp.workload.Limits;

/**
 * T4: 0 unless the optimised IR behaves exactly as the reference; then
 * min(100, 100 x sqrt(reference cost / candidate cost)), where a cost is the number of instructions
 * executed in the IR's own functions under cachegrind and the reference is clang -O2's IR.
 */
public final class CostGrader implements Grader {
    static final String PROFILE = "cachegrind.out";
    static final String LOG = "valgrind.log";

    private final Limits limits;

    public CostGrader(Limits limits) {
        this.limits = limits;
    }

    private RunAndCompareGrader run(GradeCase gradeCase) {
        return RunAndCompareGrader.counted(limits, PROFILE, LOG);
    }

    @Override
    public List<Job> jobs(GradeCase gradeCase) {
        return run(gradeCase).jobs(gradeCase);
    }

    @Override
    public CaseScore score(GradeCase gradeCase, BatchResult results) {
        Optional<CaseScore> wrong = run(gradeCase).verdict(gradeCase, results);
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Optional<String> untrusted = CountedRun.problem(read(results, gradeCase, PROFILE), read(results, gradeCase, LOG));
        if (untrusted.isPresent()) {
            return CaseScore.zero(untrusted.get());
        }
        long reference = referenceCost(gradeCase.expectedDir());
        long cost = cost(gradeCase, results);
        if (cost <= 0) {
            return CaseScore.zero("no instruction was counted in the functions the IR defines; does it define main?");
        }
        if (cost <= reference) {
            return new CaseScore(100, String.format(Locale.ROOT, "%d instructions, reference %d", cost, reference));
        }
        double score = 100 * Math.sqrt((double) reference / cost);
        return new CaseScore(Math.min(100, score), String.format(Locale.ROOT,
                "%d instructions, %.2fx the reference's %d", cost, (double) cost / reference, reference));
    }

    /** The instructions the case's counted run executed in the functions its IR defines. */
    public static long cost(GradeCase gradeCase, BatchResult results) {
        try {
            Set<String> functions = InstructionCount.definedFunctions(Files.readString(gradeCase.candidateFile(),
                    StandardCharsets.UTF_8));
            return InstructionCount.of(read(results, gradeCase, PROFILE), functions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gradeCase.candidateFile(), e);
        }
    }

    /** A file the counted run left (sealed by the runner, fetched by the host); empty when there is none. */
    private static byte[] read(BatchResult results, GradeCase gradeCase, String name) {
        Optional<Path> file = results.output(gradeCase.job("run"), name);
        try {
            return file.isPresent() ? Files.readAllBytes(file.get()) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get(), e);
        }
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
