package org.ramp.grading.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.sandbox.JobResult;
import org.ramp.sandbox.JobResult.Outcome;
import org.ramp.workload.CostFormula;
import org.ramp.workload.Limits;

/** T4's grader on the files of a real counted run (test resources of org.ramp.grading.cost). */
class CostGraderTest {
    /** The real run: 7000015 instructions outside the libraries, printed "-1101172992\n". */
    private static final long COST = 7000015;
    private static final String STDOUT = "-1101172992\n";

    @TempDir
    Path dir;

    private final Limits limits = new Limits(30, 60, 1 << 20);
    private final CostGrader grader = new CostGrader(limits, CostFormula.RATIO);
    private GradeCase gradeCase;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("stdout.txt"), STDOUT);
        Files.writeString(dir.resolve("exit.txt"), "0\n");
        Files.writeString(dir.resolve("opt.ll"), "; the IR is not read by the grader\n");
        for (String file : new String[] {"program.o", "program", "program.map", "callgrind.out", "valgrind.log"}) {
            Files.write(dir.resolve(file), fixture(file));
        }
        // the run was made in /tmp/fixture-work: that is its case folder inside the container
        gradeCase = new GradeCase("T4.p.x", "p", dir, "/tmp/fixture-work", "opt.ll", Optional.empty(), dir,
                Optional.empty());
    }

    @Test
    void costsAreMeasuredUnderCallgrindAfterAnLlcO2BuildWithALinkMap() {
        var jobs = grader.jobs(gradeCase);
        assertThat(jobs.get(0).command()).isEqualTo("llc -O2 -filetype=obj '/tmp/fixture-work/opt.ll'"
                + " -o '/tmp/fixture-work/program.o' && clang -static -s -Wl,-Map='/tmp/fixture-work/program.map'"
                + " '/tmp/fixture-work/program.o' " + ToolchainCommands.RUNTIME_X86_64 + " -o '/tmp/fixture-work/program'");
        assertThat(jobs.get(1).command()).isEqualTo("exec env -i /usr/bin/valgrind --command-line-only=yes --vgdb=no"
                + " --trace-children=no --tool=callgrind --dump-instr=yes --collect-jumps=yes --dump-line=no"
                + " --compress-strings=no --compress-pos=no --callgrind-out-file='/tmp/fixture-work/callgrind.out'"
                + " --log-file='/tmp/fixture-work/valgrind.log' --trace-syscalls=yes '/tmp/fixture-work/program'");
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
        CaseScore sqrt = new CostGrader(limits, CostFormula.RAMP_SQRT).score(gradeCase, correct());
        assertThat(sqrt.score()).isCloseTo(100 * Math.sqrt(3500000.0 / COST), offset(1e-9));
    }

    @Test
    void wrongOutputScoresZeroWhateverTheCost() throws IOException {
        Files.writeString(dir.resolve("opt.cost"), "100\n");
        CaseScore score = grader.score(gradeCase, RunAndCompareGraderTest.results(
                result("compile", 0, ""), result("run", 0, "41")));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("stdout differs");
    }

    @Test
    void aRunWithoutItsProfileScoresZeroAndSaysWhy() throws IOException {
        Files.writeString(dir.resolve("opt.cost"), "100\n");
        Files.delete(dir.resolve("callgrind.out"));
        CaseScore score = grader.score(gradeCase, correct());
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("the counted run left no callgrind.out");
    }

    private CaseScore scoreAgainst(long reference) throws IOException {
        Files.writeString(dir.resolve("opt.cost"), reference + "\n");
        return grader.score(gradeCase, correct());
    }

    private static org.ramp.sandbox.BatchResult correct() {
        return RunAndCompareGraderTest.results(result("compile", 0, ""), result("run", 0, STDOUT));
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
