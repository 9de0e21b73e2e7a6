package org.ramp.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerOutcome;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobResult.Outcome;

class ExitStatusGraderTest {
    private final ExitStatusGrader grader = new ExitStatusGrader();
    private final GradeCase check = new GradeCase("T0.configure", "configure", Path.of("."), "/w", "",
            Optional.empty(), Path.of("."), Optional.of("T0.w.configure"));

    @Test
    void exitZeroScores100() {
        assertThat(grader.score(check, with(new JobResult("T0.w.configure", Outcome.EXITED, 0, new byte[0], "", 1)))
                .score()).isEqualTo(100.0);
    }

    @Test
    void aFailureShowsTheTailOfTheLog() {
        String log = "-- The CXX compiler identification is GNU 12.2.0\nCMake Error at CMakeLists.txt:16 (find_package):\n"
                + "  Could not find a configuration file for package \"LLVM\" that is compatible\n";
        CaseScore score = grader.score(check, with(new JobResult("T0.w.configure", Outcome.EXITED, 1, new byte[0], log, 2)));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("check configure exited 1: -- The CXX compiler")
                .contains("Could not find a configuration file for package \"LLVM\"");
    }

    @Test
    void aSkippedCheckSaysWhy() {
        CaseScore score = grader.score(check, with(new JobResult("T0.w.configure", Outcome.SKIPPED, -1, new byte[0], "", 0)));
        assertThat(score.reason()).isEqualTo("check configure was skipped because an earlier step failed: (no output)");
    }

    @Test
    void aMissingResultIsAnInfrastructureFailure() {
        assertThat(grader.score(check, with()).reason()).startsWith("infrastructure: check configure left no result");
    }

    private static BatchResult with(JobResult... results) {
        Map<String, JobResult> byId = new java.util.HashMap<>();
        for (JobResult result : results) {
            byId.put(result.id(), result);
        }
        return new BatchResult(byId, new ContainerOutcome(0, false, "", 0));
    }
}
