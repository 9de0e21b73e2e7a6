package org.ramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.report.RunResultFixtures;
import org.ramp.results.RunResult;
import picocli.CommandLine;

/** {@code ramp compare} and {@code ramp report} on run folders, and their bad-input errors. */
class CompareCommandTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine commandLine = RampCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(out, true));
        return commandLine.execute(args);
    }

    private Path twoRuns() throws Exception {
        RunResultFixtures.write(dir.resolve("a"), RunResultFixtures.history().get(2));
        return RunResultFixtures.write(dir.resolve("b"), RunResultFixtures.realistic());
    }

    @Test
    void comparesTwoRunsAsText() throws Exception {
        Path bFile = twoRuns();
        assertThat(run("compare", dir.resolve("a").toString(), bFile.toString())).isZero();
        assertThat(out.toString()).contains("stage", "T5", "codegen", "+7.40", "mean reward", "AEI",
                "infrastructure failures", "tokens (corrected)", "B-A");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void comparesTwoRunsAsJson() throws Exception {
        twoRuns();
        assertThat(run("compare", "--json", dir.resolve("a").toString(), dir.resolve("b").toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        RunResult b = RunResultFixtures.realistic();
        assertThat(json.get("b").get("runId").asText()).isEqualTo(b.runId());
        assertThat(json.get("stages")).hasSize(6);
        assertThat(json.get("metrics").get(4).get("metric").asText()).isEqualTo("aei");
        assertThat(json.get("metrics").get(4).get("b").asDouble()).isEqualTo(b.metrics().aei());
    }

    @Test
    void aMissingRunIsBadInputNamingTheFile() throws Exception {
        twoRuns();
        Path missing = dir.resolve("nowhere");
        assertThat(run("compare", dir.resolve("a").toString(), missing.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("ramp: " + missing + ": no such file");
        assertThat(out.toString()).isEmpty();

        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("compare", dir.resolve("empty").toString(), dir.resolve("a").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(dir.resolve("empty/run.json") + ": no such file (the folder is not a run folder)");
    }

    @Test
    void anUnreadableRunIsBadInputNamingTheFile() throws Exception {
        twoRuns();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": \"ramp-run/1\", \"runId\": 12, \"status\": \"half");
        assertThat(run("compare", broken.toString(), dir.resolve("b").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("ramp: " + broken + ": not a readable run.json (line 1");
        assertThat(err.toString()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void anotherSchemaIsBadInputNamingTheFile() throws Exception {
        twoRuns();
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"schema\": \"ramp-run/2\", \"runId\": \"x\", \"status\": \"completed\", \"stages\": []}");
        assertThat(run("compare", dir.resolve("a").toString(), other.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(other + ": schema \"ramp-run/2\" is not ramp-run/1");
    }

    @Test
    void compareNeedsTwoRuns() {
        assertThat(run("compare", "only-one")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void reportWritesTheHtmlAndPrintsItsPath() throws Exception {
        twoRuns();
        Path history = dir.resolve("history");
        RunResultFixtures.write(history.resolve("one"), RunResultFixtures.history().get(0));
        assertThat(run("report", dir.resolve("b").toString(), "--history", history.toString())).isZero();
        Path report = dir.resolve("b/report.html").toAbsolutePath();
        assertThat(out.toString().strip()).isEqualTo(report.toString());
        assertThat(Files.readString(report)).contains("data-charts-expected=\"4\"");
    }

    @Test
    void reportErrorsAreBadInput() throws Exception {
        assertThat(run("report", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(dir.resolve("run.json") + ": no such file");
        twoRuns();
        assertThat(run("report", dir.resolve("b").toString(), "--history", dir.resolve("none").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(dir.resolve("none") + ": no such folder");
    }

    @Test
    void bothCommandsHaveHelp() {
        assertThat(run("compare", "--help")).isZero();
        assertThat(run("report", "--help")).isZero();
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("B-A", "--history", "compare", "report");
    }
}
