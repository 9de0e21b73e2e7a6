package org.ramp.grading.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobResult.Outcome;
import org.ramp.workload.Limits;

class CostGraderTest {
    private static final String IR = """
            define dso_local i32 @main() #0 {
              ret i32 0
            }
            define internal fastcc i32 @helper(i32 %0) {
              ret i32 %0
            }
            define i32 @"quoted.name"() { ret i32 1 }
            declare void @putint(i32)
            """;

    @TempDir
    Path dir;

    private final CostGrader grader = new CostGrader(new Limits(30, 60, 1 << 20));
    private GradeCase gradeCase;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("stdout.txt"), "42");
        Files.writeString(dir.resolve("exit.txt"), "0\n");
        Files.writeString(dir.resolve("opt.cost"), "1000\n");
        Files.writeString(dir.resolve("opt.ll"), IR);
        gradeCase = new GradeCase("T4.p.x", "p", dir, "/c/p", "opt.ll", Optional.empty(), dir, Optional.empty());
    }

    @Test
    void definedFunctionsAreReadFromTheIr() {
        assertThat(InstructionCount.definedFunctions(IR)).containsExactly("main", "helper", "quoted.name");
    }

    @Test
    void theProfileIsSummedOverTheIrsOwnFunctionsOnly() {
        String profile = """
                events: Ir
                fl=???
                fn=main
                0 300
                fn=printf
                0 90000
                fl=other.c
                fn=helper
                12 100
                13 50
                fn=main
                0 20
                summary: 90470
                """;
        assertThat(InstructionCount.of(profile.getBytes(StandardCharsets.UTF_8),
                InstructionCount.definedFunctions(IR))).isEqualTo(470);
    }

    @Test
    void costsAreMeasuredUnderCachegrindAfterAnLlcO2Build() {
        var jobs = grader.jobs(gradeCase);
        assertThat(jobs.get(0).command()).isEqualTo("llc -O2 -filetype=obj '/c/p/opt.ll' -o '/c/p/program.o'"
                + " && clang -static '/c/p/program.o' " + ToolchainCommands.RUNTIME_X86_64 + " -o '/c/p/program'");
        assertThat(jobs.get(1).command()).isEqualTo("exec env -i /usr/bin/valgrind --tool=cachegrind --cache-sim=no"
                + " --cachegrind-out-file='/c/p/cachegrind.out' --log-file='/c/p/valgrind.log' '/c/p/program'");
    }

    @Test
    void theReferenceCostScores100() throws IOException {
        assertThat(scoreWithCost(1000).score()).isEqualTo(100.0);
        assertThat(scoreWithCost(800).score()).isEqualTo(100.0);
    }

    @Test
    void fourTimesTheReferenceScores50() throws IOException {
        CaseScore score = scoreWithCost(4000);
        assertThat(score.score()).isCloseTo(50.0, offset(1e-9));
        assertThat(score.reason()).isEqualTo("4000 instructions, 4.00x the reference's 1000");
    }

    @Test
    void wrongOutputScoresZeroWhateverTheCost() throws IOException {
        Files.writeString(dir.resolve("cachegrind.out"), "fn=main\n0 10\n");
        CaseScore score = grader.score(gradeCase, RunAndCompareGraderTest.results(
                result("compile", 0, ""), result("run", 0, "41")));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("stdout differs");
    }

    @Test
    void aProfileWithoutTheIrsFunctionsIsExplained() throws IOException {
        Files.writeString(dir.resolve("cachegrind.out"), "fn=other\n0 10\n");
        CaseScore score = grader.score(gradeCase, RunAndCompareGraderTest.results(
                result("compile", 0, ""), result("run", 0, "42")));
        assertThat(score.reason()).contains("does it define main?");
    }

    private CaseScore scoreWithCost(long instructions) throws IOException {
        Files.writeString(dir.resolve("cachegrind.out"), "events: Ir\nfn=main\n0 " + instructions + "\n");
        return grader.score(gradeCase, RunAndCompareGraderTest.results(result("compile", 0, ""), result("run", 0, "42")));
    }

    private static JobResult result(String step, int exit, String stdout) {
        return new JobResult("T4.p.x." + step, Outcome.EXITED, exit, stdout.getBytes(StandardCharsets.UTF_8), "", 0);
    }

}
