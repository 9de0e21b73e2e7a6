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
import org.ramp.sandbox.Job;
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
        assertThat(jobs.get(0).command()).isEqualTo("llc -O2 -filetype=obj '/c/p/opt.ll' -o 'program.o'"
                + " && clang -static 'program.o' " + ToolchainCommands.RUNTIME_X86_64 + " -o 'program'");
        assertThat(jobs.get(0).access().toolchain()).isTrue();
        assertThat(jobs.get(0).files().grants()).containsExactly("/c/p/opt.ll");
        Job run = jobs.get(1);
        assertThat(run.command()).isEqualTo("exec env -i TMPDIR=\"$TMPDIR\" VALGRIND_LIB=/usr/libexec/valgrind"
                + " VALGRIND_LAUNCHER=/ramp/no-exec-in-counted-runs LD_LIBRARY_PATH=/usr/lib/debug GLIBCPP_FORCE_NEW=1"
                + " GLIBCXX_FORCE_NEW=1 /usr/libexec/valgrind/cachegrind-amd64-linux --tool=cachegrind --cache-sim=no"
                + " --trace-children=yes --command-line-only=yes --log-fd=3"
                + " --cachegrind-out-file='/ramp/pinned/T4.p.x.run/cachegrind.out' '/ramp/sealed/T4.p.x.compile/program'");
        // the program cannot replace its profile, fork a helper, or take back what valgrind logged
        assertThat(run.files().pinned()).containsExactly("cachegrind.out");
        assertThat(run.files().channel()).contains("valgrind.log");
        assertThat(run.access().maxProcesses()).isEqualTo(1);
        assertThat(run.access().toolchain()).isFalse();
    }

    @Test
    void aProfileCutShortOrNotFinishedByValgrindScoresZero() throws IOException {
        String complete = "events: Ir\nfn=main\n0 700\nfn=helper\n0 300\nsummary: 1000\n";
        CaseScore truncated = scoreWith(complete.substring(0, complete.indexOf("fn=helper")) + "summary: 1000\n",
                "==7== I   refs:      1,000\n");
        assertThat(truncated.score()).isZero();
        assertThat(truncated.reason()).isEqualTo("the cost profile is incomplete: its lines add up to 700 instructions,"
                + " its summary says 1000");
        CaseScore noSummary = scoreWith("events: Ir\nfn=main\n0 700\n", "==7== I   refs:      700\n");
        assertThat(noSummary.reason()).startsWith("the cost profile has no summary");
        CaseScore unfinished = scoreWith(complete, "==7== I   refs:      1,000\n==7== EXEC FAILED: I can't recover\n");
        assertThat(unfinished.score()).isZero();
        assertThat(unfinished.reason()).startsWith("valgrind did not finish the counted run");
        CaseScore forged = scoreWith(complete, "==7== I   refs:      4,000\n");
        assertThat(forged.reason()).isEqualTo("the cost profile says 1000 instructions, valgrind counted 4000");
        assertThat(scoreWith(complete, "==3== I   refs:      999\n==7== \n==7== I   refs:      1,000\n").score())
                .isEqualTo(100.0);
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
        profile("fn=main\n0 10\nsummary: 10\n", "==1== I   refs:      10\n");
        CaseScore score = grader.score(gradeCase, results("41"));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("stdout differs");
    }

    @Test
    void aProfileWithoutTheIrsFunctionsIsExplained() throws IOException {
        CaseScore score = scoreWith("fn=other\n0 10\nsummary: 10\n", "==1== I   refs:      10\n");
        assertThat(score.reason()).contains("does it define main?");
    }

    private CaseScore scoreWithCost(long instructions) throws IOException {
        return scoreWith("events: Ir\nfn=main\n0 " + instructions + "\nsummary: " + instructions + "\n",
                "==1== \n==1== I   refs:      " + instructions + "\n");
    }

    private CaseScore scoreWith(String profile, String log) throws IOException {
        profile(profile, log);
        return grader.score(gradeCase, results("42"));
    }

    /** The profile and valgrind's log as the runner seals them and the host fetches them. */
    private void profile(String profile, String log) throws IOException {
        Path run = Files.createDirectories(dir.resolve("export/T4.p.x.run"));
        Files.writeString(run.resolve("cachegrind.out"), profile);
        Files.writeString(run.resolve("valgrind.log"), log);
    }

    private org.ramp.sandbox.BatchResult results(String stdout) {
        var byId = java.util.Map.of("T4.p.x.compile", result("compile", 0, ""), "T4.p.x.run", result("run", 0, stdout));
        return new org.ramp.sandbox.BatchResult(byId, new org.ramp.sandbox.ContainerOutcome(0, false, "", 0),
                dir.resolve("export"), java.util.List.of(), java.util.List.of());
    }

    private static JobResult result(String step, int exit, String stdout) {
        return new JobResult("T4.p.x." + step, Outcome.EXITED, exit, stdout.getBytes(StandardCharsets.UTF_8), "", 0);
    }

}
