package org.ramp.grading.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerOutcome;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobResult.Outcome;
import org.ramp.workload.Limits;

class RunAndCompareGraderTest {
    @TempDir
    Path dir;

    private final Limits limits = new Limits(10, 5, 1000);
    private final RunAndCompareGrader grader = RunAndCompareGrader.llvmIr(limits);
    private GradeCase gradeCase;

    @BeforeEach
    void expectedBehaviour() throws IOException {
        Files.writeString(dir.resolve("stdout.txt"), "1 2\n3\n");
        Files.writeString(dir.resolve("exit.txt"), "7\n");
        Files.writeString(dir.resolve("ir.ll"), "define i32 @main() { ret i32 7 }\n");
        gradeCase = new GradeCase("T3.p.golden", "p", dir, "/ramp/cases/p", "ir.ll",
                Optional.of("/ramp/cases/p/input.txt"), dir, Optional.empty());
    }

    @Test
    void compilesThenRunsWithTheCaseInputAndItsBounds() {
        List<Job> jobs = grader.jobs(gradeCase);
        assertThat(jobs).extracting(Job::id).containsExactly("T3.p.golden.compile", "T3.p.golden.run");
        assertThat(jobs.get(0).command()).isEqualTo("clang -O0 -w '/ramp/cases/p/ir.ll' "
                + ToolchainCommands.RUNTIME_X86_64 + " -o 'program'");
        // the compile step is the grader's: the toolchain, the candidate and nothing else
        assertThat(jobs.get(0).access().toolchain()).isTrue();
        assertThat(jobs.get(0).files().grants()).containsExactly("/ramp/cases/p/ir.ll");
        assertThat(jobs.get(0).files().outputs()).containsExactly("program");
        assertThat(jobs.get(1).command()).isEqualTo("exec env -i '/ramp/sealed/T3.p.golden.compile/program'");
        // the run is the candidate's: no toolchain, no fork, only the sealed program handed to it
        assertThat(jobs.get(1).access().toolchain()).isFalse();
        assertThat(jobs.get(1).access().maxProcesses()).isEqualTo(1);
        assertThat(jobs.get(1).files().grants()).containsExactly("/ramp/sealed/T3.p.golden.compile/program");
        assertThat(jobs.get(1).stdin()).contains("/ramp/cases/p/input.txt");
        assertThat(jobs.get(1).after()).contains("T3.p.golden.compile");
        assertThat(jobs.get(1).timeoutSeconds()).isEqualTo(5);
        assertThat(jobs.get(1).maxOutputBytes()).isEqualTo(1000);
    }

    @Test
    void theStageProgramMustSucceedBeforeTheCandidateIsCompiled() {
        GradeCase produced = new GradeCase("k", "p", dir, "/c", "ir.ll", Optional.empty(), dir, Optional.of("k.produce"));
        assertThat(grader.jobs(produced).get(0).after()).contains("k.produce");
    }

    @Test
    void theSameOutputAndExitStatusScore100() {
        assertThat(score(compiled(), ran(7, "1 2\n3\n")).score()).isEqualTo(100.0);
    }

    @Test
    void aDifferentLineIsShown() {
        CaseScore score = score(compiled(), ran(7, "1 2\n4\n"));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).isEqualTo("stdout differs: line 2: expected \"3\", got \"4\"");
    }

    @Test
    void aDifferentExitStatusIsShownWithTheSignal() {
        CaseScore score = score(compiled(), ran(139, ""));
        assertThat(score.reason()).isEqualTo("exit status 139 (killed by SIGSEGV: crashed), expected 7; and stdout"
                + " differs: line 1: expected \"1 2\", got \"\"");
    }

    @Test
    void aCompileErrorShowsTheTailOfTheCompilerOutput() {
        JobResult failed = new JobResult("T3.p.golden.compile", Outcome.EXITED, 1, new byte[0],
                "line 1\nir.ll:3:7: error: expected type\n1 error generated.\n", 0.1);
        CaseScore score = score(failed, skipped("T3.p.golden.run"));
        assertThat(score.reason()).startsWith("the IR does not build (exited 1): line 1\nir.ll:3:7: error: expected type");
    }

    @Test
    void aTimeoutNamesTheLimit() {
        JobResult timedOut = new JobResult("T3.p.golden.run", Outcome.TIMED_OUT, -1, new byte[0], "", 5.0);
        assertThat(score(compiled(), timedOut).reason()).isEqualTo("the program timed out after 5.0 s (limit 5 s)");
    }

    @Test
    void tooMuchOutputFailsTheCase() {
        JobResult flood = new JobResult("T3.p.golden.run", Outcome.OUTPUT_LIMIT, 141, new byte[1001], "", 1);
        assertThat(score(compiled(), flood).reason()).isEqualTo("the program printed more than 1000 bytes");
    }

    @Test
    void aLostContainerIsAnInfrastructureFailure() {
        CaseScore score = grader.score(gradeCase, results());
        assertThat(score.reason()).startsWith("infrastructure: the compile step left no result");
    }

    @Test
    void anOversizedCandidateIsRejectedBeforeAnythingRuns() throws IOException {
        Files.write(dir.resolve("ir.ll"), new byte[2000]);
        assertThat(score(compiled(), ran(7, "1 2\n3\n")).reason()).startsWith("output is 2000 bytes");
    }

    @Test
    void theRv64GraderLinksWithTheCrossToolchainAndRunsUnderQemu() {
        List<Job> jobs = RunAndCompareGrader.rv64Assembly(limits).jobs(gradeCase);
        assertThat(jobs.get(0).command()).startsWith("riscv64-linux-gnu-gcc -static '/ramp/cases/p/ir.ll' "
                + ToolchainCommands.RUNTIME_RV64);
        assertThat(jobs.get(1).command()).isEqualTo("exec env -i /usr/bin/qemu-riscv64"
                + " '/ramp/sealed/T3.p.golden.compile/program'");
    }

    private CaseScore score(JobResult compile, JobResult run) {
        return grader.score(gradeCase, results(compile, run));
    }

    static BatchResult results(JobResult... results) {
        Map<String, JobResult> byId = new HashMap<>();
        for (JobResult result : results) {
            byId.put(result.id(), result);
        }
        return new BatchResult(byId, new ContainerOutcome(0, false, "", 0));
    }

    private static JobResult compiled() {
        return new JobResult("T3.p.golden.compile", Outcome.EXITED, 0, new byte[0], "", 0.2);
    }

    private static JobResult ran(int exit, String stdout) {
        return new JobResult("T3.p.golden.run", Outcome.EXITED, exit, stdout.getBytes(StandardCharsets.UTF_8), "", 0.1);
    }

    private static JobResult skipped(String id) {
        return new JobResult(id, Outcome.SKIPPED, -1, new byte[0], "", 0);
    }
}
