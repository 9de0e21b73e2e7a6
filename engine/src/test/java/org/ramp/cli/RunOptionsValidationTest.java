package org.ramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramp.RepositoryPaths;
import picocli.CommandLine;

/**
 * Bad input to {@code ramp run} and {@code ramp start}: exit 2, a message naming the option or the file and
 * the value, no stack trace, and nothing created. No Docker is needed: every check comes first.
 */
class RunOptionsValidationTest {
    @TempDir
    Path runs;

    private final StringWriter err = new StringWriter();

    private int run(String command, String... args) {
        CommandLine commandLine = RampCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        List<String> all = new ArrayList<>(List.of(command, "--workload", RepositoryPaths.tasks().toString(),
                "--golden", RepositoryPaths.golden().toString(), "--runs-dir", runs.toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private void assertUsageError(int status, String... fragments) throws IOException {
        assertThat(status).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
        try (var left = Files.list(runs)) {
            assertThat(left).as("nothing is created").isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--max-calls|-1|--max-calls -1",
        "--max-seconds|0|--max-seconds 0",
        "--max-tokens|-5|--max-tokens -5",
        "--max-dollars|-0.5|--max-dollars -0.5",
        "--max-dollars|NaN|--max-dollars NaN",
        "--max-dollars|Infinity|--max-dollars Infinity",
        "--stage-max-calls|-2|--stage-max-calls -2",
        "--stage-max-tokens|-1|--stage-max-tokens -1",
        "--stage-max-dollars|NaN|--stage-max-dollars NaN",
        "--stage-max-seconds|0|--stage-max-seconds 0",
        "--max-turns|-1|--max-turns -1",
        "--max-turns|0|--max-turns 0",
        "--context-window|-100|--context-window -100",
        "--temperature|-1|--temperature -1.0",
        "--temperature|NaN|--temperature NaN",
        "--temperature|2.5|--temperature 2.5",
        "--time-scale|0|--time-scale 0.0",
        "--cost-scale|-200|--cost-scale -200.0",
        "--token-scale|NaN|--token-scale NaN",
        "--mode|lenient|--mode lenient",
        "--conversation|sometimes|--conversation sometimes",
        "--workspace-quota|1M|--workspace-quota 1M",
        "--workspace-quota|2X|--workspace-quota 2X",
        "--workspace-quota|-5G|--workspace-quota -5G",
        "--workspace-quota|99999999999999G|--workspace-quota 99999999999999G",
    })
    void aBadValueNamesTheOptionAndTheValue(String option, String value, String named) throws IOException {
        for (String command : List.of("run", "start")) {
            assertUsageError(run(command, "--agent", "noop", option, value), named);
        }
    }

    @Test
    void aMissingMalformedOrStringPricedPriceFileNamesTheFile() throws IOException {
        Path missing = runs.getParent().resolve("no-such-prices.json");
        assertUsageError(run("run", "--agent", "noop", "--prices", missing.toString()), "--prices " + missing,
                "does not exist");
        Path malformed = Files.writeString(Files.createTempFile("prices", ".json"), "{not json");
        assertUsageError(run("run", "--agent", "noop", "--prices", malformed.toString()), "--prices " + malformed,
                "is not valid JSON");
        Path stringPrice = Files.writeString(Files.createTempFile("prices", ".json"),
                "{\"models\": {\"m\": {\"input\": \"cheap\", \"output\": 1}}}");
        assertUsageError(run("run", "--agent", "noop", "--prices", stringPrice.toString()),
                "--prices " + stringPrice, "model m needs a number \"input\"", "\"cheap\"");
    }

    @Test
    void aMissingGoldenFolderIsNamedAndNothingIsCreated() throws IOException {
        CommandLine commandLine = RampCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute("run", "--workload", RepositoryPaths.tasks().toString(), "--golden",
                "/nonexistent/golden", "--runs-dir", runs.toString(), "--agent", "noop");
        assertUsageError(status, "--golden /nonexistent/golden", "no manifest.json");
    }

    @Test
    void anEndpointThatIsNotAUrlAndABadRunIdAreNamed() throws IOException {
        assertUsageError(run("run", "--model", "gpt-4o", "--endpoint", "api.openai.com", "--api-key-env", "PATH"),
                "--endpoint api.openai.com");
        assertUsageError(run("run", "--agent", "noop", "--run-id", "../escape"), "--run-id ../escape");
    }

    @Test
    void stepsOnAFolderThatIsNoRunSayWhatToDo() throws IOException {
        for (String command : List.of("stage", "resurrect", "finish")) {
            CommandLine commandLine = RampCommand.commandLine();
            commandLine.setErr(new PrintWriter(err));
            List<String> args = new ArrayList<>(List.of(command, "--workload", RepositoryPaths.tasks().toString(),
                    "--run-dir", runs.resolve("nothing").toString()));
            if (command.equals("resurrect")) {
                args.addAll(List.of("--stage", "T1"));
            }
            assertUsageError(commandLine.execute(args.toArray(String[]::new)), "has no run.json", "ramp start");
        }
    }
}
