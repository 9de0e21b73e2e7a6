package org.ramp.grading.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
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
import org.ramp.workload.CostFormula;
import org.ramp.workload.Limits;

/**
 * T4's grader on the files of a real counted run (test resources of org.ramp.grading.cost), laid out as the
 * runner seals them and the host fetches them: the compile step's object, program and map, the run step's
 * pinned profile and its channel, valgrind's log.
 */
class CostGraderTest {
    /** The real run: 7000015 instructions outside the libraries, printed "-1101172992\n". */
    private static final long COST = 7000015;
    private static final String STDOUT = "-1101172992\n";
    /** Where the fixture's program ran, and where the case's program runs in a grade container. */
    private static final String FIXTURE_PROGRAM = "/tmp/fixture-work/program";
    private static final String SEALED_PROGRAM = "/ramp/sealed/T4.p.x.compile/program";

    @TempDir
    Path dir;

    private final Limits limits = new Limits(30, 60, 1 << 20);
    private final CostGrader grader = new CostGrader(limits, CostFormula.RATIO);
    private GradeCase gradeCase;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("stdout.txt"), STDOUT);
        Files.writeString(dir.resolve("exit.txt"), "0\n");
        Path candidate = Files.createDirectories(dir.resolve("export/T4.p.x.opt"));
        Files.writeString(candidate.resolve("opt.ll"), "; the IR is not read by the grader\n");
        Path compile = Files.createDirectories(dir.resolve("export/T4.p.x.compile"));
        for (String file : List.of("program.o", "program", "program.map")) {
            Files.write(compile.resolve(file), fixture(file));
        }
        Path run = Files.createDirectories(dir.resolve("export/T4.p.x.run"));
        for (String file : List.of("callgrind.out", "valgrind.log")) {
            // the same run, as if its program had been the sealed one of this case
            Files.writeString(run.resolve(file), new String(fixture(file), StandardCharsets.ISO_8859_1)
                    .replace(FIXTURE_PROGRAM, SEALED_PROGRAM), StandardCharsets.ISO_8859_1);
        }
        gradeCase = new GradeCase("T4.p.x", "p", candidate, "/ramp/sealed/T4.p.x.opt", "opt.ll", Optional.empty(),
                dir, Optional.of("T4.p.x.opt"));
    }

    @Test
    void costsAreMeasuredUnderCallgrindAfterAnLlcO2BuildWithALinkMap() {
        var jobs = grader.jobs(gradeCase);
        Job build = jobs.get(0);
        assertThat(build.command()).isEqualTo("llc -O2 -filetype=obj '/ramp/sealed/T4.p.x.opt/opt.ll'"
                + " -o 'program.o' && clang -static -s -Wl,-Map='program.map' 'program.o' "
                + ToolchainCommands.RUNTIME_X86_64 + " -o 'program'");
        assertThat(build.access().toolchain()).isTrue();
        assertThat(build.files().grants()).containsExactly("/ramp/sealed/T4.p.x.opt/opt.ll");
        // the host measures from the build's own files, sealed before the program runs
        assertThat(build.files().fetched()).contains("program", "program.o", "program.map");
        Job run = jobs.get(1);
        assertThat(run.command()).isEqualTo("exec env -i TMPDIR=\"$TMPDIR\" /usr/bin/valgrind --command-line-only=yes"
                + " --vgdb=no --trace-children=no --tool=callgrind --dump-instr=yes --collect-jumps=yes --dump-line=no"
                + " --compress-strings=no --compress-pos=no"
                + " --callgrind-out-file='/ramp/pinned/T4.p.x.run/callgrind.out' --log-fd=3 --trace-syscalls=yes '"
                + SEALED_PROGRAM + "'");
        // the program cannot replace its profile, fork a helper, or take back what valgrind logged
        assertThat(run.files().pinned()).containsExactly("callgrind.out");
        assertThat(run.files().channel()).contains("valgrind.log");
        assertThat(run.access().maxProcesses()).isEqualTo(1);
        assertThat(run.access().toolchain()).isFalse();
    }

    @Test
    void theReferenceCostScores100() throws IOException {
        assertThat(scoreAgainst(COST).score()).isEqualTo(100.0);
        assertThat(scoreAgainst(COST).reason()).isEqualTo("7000015 instructions, reference 7000015");
        assertThat(scoreAgainst(COST * 2).score()).isEqualTo(100.0);
    }

    @Test
    void twiceTheReferenceScores50WithTheRatioAnd71WithRampsFormula() throws IOException {
        CaseScore ratio = scoreAgainst(3500000);
        assertThat(ratio.score()).isCloseTo(50.0, offset(1e-3));
        assertThat(ratio.reason()).isEqualTo("7000015 instructions, 2.00x the reference's 3500000");
        CaseScore sqrt = new CostGrader(limits, CostFormula.RAMP_SQRT).score(gradeCase, results(STDOUT));
        assertThat(sqrt.score()).isCloseTo(100 * Math.sqrt(3500000.0 / COST), offset(1e-9));
    }

    @Test
    void wrongOutputScoresZeroWhateverTheCost() throws IOException {
        Files.writeString(dir.resolve("opt.cost"), "100\n");
        CaseScore score = grader.score(gradeCase, results("41"));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("stdout differs");
    }

    @Test
    void aRunWithoutItsProfileScoresZeroAndSaysWhy() throws IOException {
        Files.writeString(dir.resolve("opt.cost"), "100\n");
        Files.delete(dir.resolve("export/T4.p.x.run/callgrind.out"));
        CaseScore score = grader.score(gradeCase, results(STDOUT));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("the counted run left no callgrind.out");
    }

    @Test
    void aProfileOfAnotherProgramThanTheSealedOneScoresZero() throws IOException {
        Files.writeString(dir.resolve("opt.cost"), "100\n");
        Path log = dir.resolve("export/T4.p.x.run/valgrind.log");
        Files.writeString(log, Files.readString(log, StandardCharsets.ISO_8859_1).replace(SEALED_PROGRAM,
                "/ramp/steps/T4.p.x.run/cheaper"), StandardCharsets.ISO_8859_1);
        CaseScore score = grader.score(gradeCase, results(STDOUT));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).isEqualTo("the profile and the log are not of the run of " + SEALED_PROGRAM);
    }

    private CaseScore scoreAgainst(long reference) throws IOException {
        Files.writeString(dir.resolve("opt.cost"), reference + "\n");
        return grader.score(gradeCase, results(STDOUT));
    }

    private BatchResult results(String stdout) {
        var byId = Map.of("T4.p.x.compile", result("compile", 0, ""), "T4.p.x.run", result("run", 0, stdout));
        return new BatchResult(byId, new ContainerOutcome(0, false, "", 0), dir.resolve("export"), List.of(),
                List.of());
    }

    private static JobResult result(String step, int exit, String stdout) {
        return new JobResult("T4.p.x." + step, Outcome.EXITED, exit, stdout.getBytes(StandardCharsets.UTF_8), "", 0);
    }

    private static byte[] fixture(String file) throws IOException {
        try (InputStream in = new GZIPInputStream(CostGraderTest.class.getResourceAsStream(
                "/org/ramp/grading/cost/work." + file + ".gz"))) {
            return in.readAllBytes();
        }
    }
}
