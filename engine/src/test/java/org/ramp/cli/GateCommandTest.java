package org.ramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.report.RunResultFixtures;
import org.ramp.results.RunResult;
import picocli.CommandLine;

/** {@code ramp gate} on run folders: outcomes and exit statuses, references by name, bad input. */
class GateCommandTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    /** AEI 69.24, mean reward 57.xx, T3 41, cost $2.41. */
    private final RunResult current = RunResultFixtures.realistic();
    /** The same model a week earlier: T3 38, cost $1.88. */
    private final RunResult earlier = RunResultFixtures.history().get(2);

    private int run(String... args) {
        CommandLine commandLine = RampCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(out, true));
        return commandLine.execute(args);
    }

    private String write(String folder, RunResult result) throws Exception {
        RunResultFixtures.write(dir.resolve(folder), result);
        return dir.resolve(folder).toString();
    }

    @Test
    void gatesThatPassExitZeroWithATable() throws Exception {
        String runDir = write("now", current);
        assertThat(run("gate", runDir, "--gate", "metric=aei,threshold=60", "--gate",
                "metric=stage,stage=T2,threshold=60,criticality=failure")).isZero();
        assertThat(out.toString()).contains("AEI >= 60.00", "69.24", "T2 score >= 60.00", "87.40", "passed",
                current.runId(), "outcome: none");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnstableOrFailureGateThatFailsExitsOneAndSaysWhich() throws Exception {
        String runDir = write("now", current);
        assertThat(run("gate", runDir, "--gate", "metric=stage,stage=T3,threshold=60")).isEqualTo(1);
        assertThat(out.toString()).contains("T3 score 41.00 is below 60.00", "failed",
                "outcome: unstable (1 of 1 gate results failed: " + current.runId() + ": T3 score >= 60.00 (unstable))");

        assertThat(run("gate", runDir, "--gate", "metric=cost,threshold=2,criticality=failure", "--gate",
                "metric=aei,threshold=90,criticality=unstable")).isEqualTo(1);
        assertThat(out.toString()).contains("cost $2.410 is above $2.000", "outcome: failure (2 of 2");
    }

    @Test
    void aFailedNoteIsReportedButExitsZero() throws Exception {
        String runDir = write("now", current);
        assertThat(run("gate", runDir, "--gate", "metric=aei,threshold=90,criticality=note")).isZero();
        assertThat(out.toString()).contains("failed", "outcome: note");
    }

    @Test
    void oneRunAndOneReferenceArePairedWhateverTheirIds() throws Exception {
        String now = write("now", current);
        String before = write("before", earlier);
        assertThat(run("gate", now, "--reference", before, "--gate", "metric=stage,stage=T3,baseline=reference,"
                + "threshold=0", "--gate", "metric=cost,baseline=reference,threshold=0.25,criticality=failure"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("T3 score 41.00 against 38.00 in reference run " + earlier.runId()
                + ": +3.00 >= +0.00", "cost $2.410 against $1.880 in reference run " + earlier.runId()
                + ": +$0.530 is above +$0.250", "outcome: failure");
    }

    @Test
    void severalModelsAreMatchedWithTheirReferencesByName() throws Exception {
        RunResult qwenNow = RunResultFixtures.completed("qwen-now", RunResultFixtures.START, "qwen3-coder",
                new double[] {100, 100, 60, 30, 40, 10}, 4.0);
        RunResult qwenBefore = RunResultFixtures.completed("qwen-before", RunResultFixtures.START.minus(
                Duration.ofDays(1)), "qwen3-coder", new double[] {100, 100, 80, 30, 40, 10}, 4.0);
        String[] args = {"gate", "deepseek=" + write("d-now", current), "qwen=" + write("q-now", qwenNow),
            "--reference", "qwen=" + write("q-before", qwenBefore), "--reference", "deepseek=" + write("d-before",
                earlier), "--gate", "metric=stage,stage=T2,baseline=reference,threshold=-5", "--json"};
        assertThat(run(args)).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("outcome").asText()).isEqualTo("unstable");
        JsonNode deepseek = json.get("results").get(0);
        assertThat(deepseek.get("run").asText()).isEqualTo("deepseek");
        assertThat(deepseek.get("referenceRunId").asText()).isEqualTo(earlier.runId());
        assertThat(deepseek.get("delta").asDouble()).isCloseTo(7.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(deepseek.get("passed").asBoolean()).isTrue();
        JsonNode qwen = json.get("results").get(1);
        assertThat(qwen.get("run").asText()).isEqualTo("qwen");
        assertThat(qwen.get("referenceRunId").asText()).isEqualTo("qwen-before");
        assertThat(qwen.get("delta").asDouble()).isEqualTo(-20);
        assertThat(qwen.get("status").asText()).isEqualTo("failed");
    }

    @Test
    void aRunWithoutReferenceOfItsNameIsNotChecked() throws Exception {
        RunResult qwenNow = RunResultFixtures.completed("qwen-now", RunResultFixtures.START, "qwen3-coder",
                new double[] {100, 100, 60, 30, 40, 10}, 4.0);
        assertThat(run("gate", "deepseek=" + write("d-now", current), "qwen=" + write("q-now", qwenNow),
                "--reference", "deepseek=" + write("d-before", earlier), "--gate",
                "metric=aei,baseline=reference,threshold=-50")).isZero();
        assertThat(out.toString()).contains("no-reference", "the reference has no run named qwen; not checked",
                "outcome: none");
    }

    @Test
    void aRunThatDidNotCompleteFailsItsMetricGates() throws Exception {
        String runDir = write("going", RunResultFixtures.running());
        assertThat(run("gate", runDir, "--gate", "metric=meanReward,threshold=0")).isEqualTo(1);
        assertThat(out.toString()).contains("is running (its mean reward is known when it completes), so the gate "
                + "fails", "outcome: unstable");
    }

    @Test
    void aBadGateIsBadInputNamingTheOptionTheValueAndTheAllowedValues() throws Exception {
        String runDir = write("now", current);
        assertThat(run("gate", runDir, "--gate", "metric=aeix,threshold=1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--gate", "'metric=aeix,threshold=1': field \"metric\" is \"aeix\"; "
                + "use one of aei, meanReward").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
        assertThat(run("gate", runDir, "--gate", "metric=aei,threshold=-2,criticality=fatal"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("field \"criticality\" is \"fatal\"; use one of note, unstable, failure");
        assertThat(run("gate", runDir)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--gate=SPEC'");
        assertThat(run("gate", "--gate", "metric=aei,threshold=1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'RUN'");
    }

    @Test
    void aMissingOrBrokenRunIsBadInputNamingTheOptionAndTheFile() throws Exception {
        String runDir = write("now", current);
        Path missing = dir.resolve("nowhere");
        assertThat(run("gate", missing.toString(), "--gate", "metric=aei,threshold=1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("ramp: RUN " + missing + ": " + missing + ": no such file");
        assertThat(run("gate", runDir, "--reference", "old=" + missing, "--gate", "metric=aei,threshold=1"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("ramp: --reference old=" + missing + ": " + missing + ": no such file");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": \"ramp-run/1\", \"runId\": \"x\", \"status\": ");
        assertThat(run("gate", broken.toString(), "--gate", "metric=aei,threshold=1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(broken + ": not a readable run.json").doesNotContain("\tat ");
    }

    @Test
    void twoRunsOfOneNameAreBadInput() throws Exception {
        String a = write("a", current);
        String b = write("b", earlier);
        assertThat(run("gate", "m=" + a, "m=" + b, "--gate", "metric=aei,threshold=1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("ramp: two runs are named m (" + current.runId() + " and "
                + earlier.runId() + "); each run of a build needs its own name; write RUN and --reference as NAME=PATH");
    }

    @Test
    void aFolderWhoseNameHasAnEqualsSignIsAPath() throws Exception {
        String odd = write("a=b", current);
        assertThat(run("gate", odd, "--gate", "metric=aei,threshold=1")).isZero();
        assertThat(out.toString()).contains(current.runId());
    }

    @Test
    void gateHasHelp() {
        assertThat(run("gate", "--help")).isZero();
        assertThat(out.toString()).contains("--reference", "--gate", "NAME=PATH", "Exit status:",
                "an unstable or failure gate failed");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("gate");
    }
}
