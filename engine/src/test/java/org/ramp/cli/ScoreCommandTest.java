package org.ramp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import picocli.CommandLine;

/** {@code ramp score} end to end on the published CSV and on a run.json. */
class ScoreCommandTest {
    private static final String CSV = RepositoryPaths.referenceCsv().toString();
    private static final String RUN = """
            {"settings": {"model": "gpt-5.5"},
             "stages": [{"id": "T0", "score": 100}, {"id": "T1", "score": 100}, {"id": "T2", "score": 100},
                        {"id": "T3", "score": 100}, {"id": "T4", "score": 48.25}, {"id": "T5", "score": 0}],
             "totals": {"seconds": 5440.69, "usage": {"costUsd": 8.770572, "tokensRamp": 22179194}}}
            """;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine commandLine = RampCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(out));
        return commandLine.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void printsAnAlignedTableOfThePublishedRows() {
        assertThat(run("score", "--csv", CSV)).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(16);
        assertThat(lines.get(0).split("\\s+")).containsExactly("model", "pipelineScore", "meanReward", "passScore",
                "stage", "aei");
        assertThat(lines).allMatch(line -> line.length() == lines.get(0).length());
        assertThat(lines.get(10).split("\\s+")).containsExactly("gpt-5.5", "74.71", "65.91", "66.67", "3", "77.39");
        assertThat(lines.get(15)).startsWith("claude-opus-4-7").endsWith("51.55");
    }

    @Test
    void printsJsonWithTheStrictScoreAndTheAeiComponents() throws Exception {
        assertThat(run("score", "--csv", CSV, "--json")).isEqualTo(ExitCodes.OK);
        JsonNode rows = json();
        assertThat(rows).hasSize(15);
        List<String> keys = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("model", "pipelineScore", "meanReward", "passScore", "stage", "aei",
                "strictScore", "aeiComponents");
        List<String> componentKeys = new ArrayList<>();
        rows.get(0).get("aeiComponents").fieldNames().forEachRemaining(componentKeys::add);
        assertThat(componentKeys).containsExactly("stage", "meanReward", "time", "cost", "tokens");
        JsonNode deepseek = rows.get(2);
        assertThat(deepseek.get("model").asText()).isEqualTo("deepseek-v4-pro");
        assertThat(deepseek.get("stage").asInt()).isEqualTo(2);
        assertThat(deepseek.get("aei").asDouble()).isCloseTo(67.6213, within(0.01));
        assertThat(deepseek.get("strictScore").asDouble()).isCloseTo(50, within(1e-9));
        assertThat(deepseek.get("aeiComponents").get("stage").asDouble()).isCloseTo(40, within(1e-9));
    }

    @Test
    void scoresARunResult() throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), RUN);
        assertThat(run("score", file.toString(), "--json")).isEqualTo(ExitCodes.OK);
        JsonNode row = json().get(0);
        assertThat(row.get("model").asText()).isEqualTo("gpt-5.5");
        assertThat(row.get("pipelineScore").asDouble()).isCloseTo(74.7083, within(0.0001));
        assertThat(row.get("strictScore").asDouble()).isCloseTo(74.7083, within(0.0001));
        assertThat(row.get("aei").asDouble()).isCloseTo(77.3856, within(0.01));
        out.getBuffer().setLength(0);
        assertThat(run("score", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("gpt-5.5").contains("77.39");
    }

    @Test
    void theScalesCanBeOverridden() throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), RUN);
        assertThat(run("score", file.toString(), "--json", "--time-scale", "5440.69", "--cost-scale", "17.541144",
                "--token-scale", "44358388")).isEqualTo(ExitCodes.OK);
        JsonNode components = json().get(0).get("aeiComponents");
        assertThat(components.get("time").asDouble()).isZero();
        assertThat(components.get("cost").asDouble()).isCloseTo(50, within(1e-9));
        assertThat(components.get("tokens").asDouble()).isCloseTo(50, within(1e-9));
    }

    @Test
    void badInputExitsWith2AndNamesTheFileAndField() throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), RUN.replace("\"tokensRamp\": 22179194", "\"x\": 1"));
        assertThat(run("score", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("ramp: " + file + ": field \"totals.usage.tokensRamp\" is missing");
        Path csv = Files.writeString(dir.resolve("runs.csv"),
                "model,t0,t1,t2,t3,t4,t5,elapsed_seconds,cost_usd,total_tokens\nm,100,1,2,3,4,5,6,-7,8\n");
        assertThat(run("score", "--csv", csv.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(csv + " line 2, column cost_usd: \"-7\" is negative");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("score")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("score", "run.json", "--csv", CSV)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("name either a RUN.json or --csv FILE");
        assertThat(run("score", "--csv", CSV, "--cost-scale", "0")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("the AEI cost scale (USD) must be a number greater than 0, not 0.0");
        assertThat(run("score", "--csv", CSV, "--token-scale", "many")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void hasHelp() {
        assertThat(run("score", "--help")).isZero();
        assertThat(out.toString()).contains("--csv=FILE", "--json", "--time-scale=SECONDS", "default: 20000.0",
                "RUN.json");
        out.getBuffer().setLength(0);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("score");
    }
}
