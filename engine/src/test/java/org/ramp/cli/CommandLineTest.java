package org.ramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;
import picocli.CommandLine;

/** The command line's usage errors and exit statuses, without Docker. */
class CommandLineTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = RampCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(out));
        return commandLine.execute(args);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"validate", "--help"}, {"image", "build", "--help"},
            {"golden", "verify", "--help"}, {"golden", "generate", "--help"}, {"workload", "check", "--help"}}) {
            assertThat(run(command)).as(String.join(" ", command)).isZero();
        }
        assertThat(out.toString()).contains("Exit status:").contains("mutant");
    }

    @Test
    void anUnknownProgramIsAUsageError() {
        int status = run("validate", "--workload", RepositoryPaths.tasks().toString(), "--programs", "no_such_program");
        assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no test program \"no_such_program\"");
    }

    @Test
    void anUnknownStageIsAUsageError() {
        int status = run("validate", "--workload", RepositoryPaths.tasks().toString(), "--stages", "T9");
        assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no stage \"T9\"");
    }

    @Test
    void aBrokenWorkloadExitsWithBadInputAndNamesTheFile() {
        int status = run("workload", "check", "--workload", "/nonexistent/workload.json");
        assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("/nonexistent/workload.json: no such file");
    }

    @Test
    void runNeedsAModelAnEndpointAndAKeyFromTheEnvironment() {
        String tasks = RepositoryPaths.tasks().toString();
        assertThat(run("run", "--workload", tasks, "--runs-dir", "/tmp/ramp-cli-test")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--agent builtin needs --model and --endpoint");
        assertThat(run("run", "--workload", tasks, "--model", "m", "--endpoint", "http://localhost:1/v1",
                "--api-key-env", "RAMP_TEST_SURELY_UNSET_VARIABLE", "--runs-dir", "/tmp/ramp-cli-test"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("environment variable RAMP_TEST_SURELY_UNSET_VARIABLE, which is not set");
    }

    @Test
    void aModelWithoutAPriceIsAUsageErrorThatSaysHowToGiveOne() {
        String tasks = RepositoryPaths.tasks().toString();
        assertThat(run("run", "--workload", tasks, "--model", "mystery-model", "--endpoint", "http://localhost:1/v1",
                "--api-key-env", "PATH", "--runs-dir", "/tmp/ramp-cli-test")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no price for model 'mystery-model'").contains("--price mystery-model=");
        assertThat(run("run", "--workload", tasks, "--model", "m", "--endpoint", "http://localhost:1/v1",
                "--api-key-env", "PATH", "--price", "m=abc", "--runs-dir", "/tmp/ramp-cli-test"))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void runRejectsUnknownAgentsModesAndMissingReplaysOrResumes() {
        String tasks = RepositoryPaths.tasks().toString();
        assertThat(run("run", "--workload", tasks, "--agent", "genius")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--agent genius: use builtin, command, noop, replay or an agent recipe");
        assertThat(run("run", "--workload", tasks, "--agent", "noop", "--mode", "lenient", "--runs-dir",
                "/tmp/ramp-cli-test")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--mode lenient: use chain, golden-inputs or strict");
        assertThat(run("run", "--workload", tasks, "--agent", "replay", "--replay", "/nonexistent")).isEqualTo(2);
        assertThat(err.toString()).contains("--agent replay needs --replay RUN_DIR");
        assertThat(run("run", "--workload", tasks, "--agent", "command")).isEqualTo(2);
        assertThat(err.toString()).contains("--agent command needs --agent-command");
        assertThat(run("run", "--workload", tasks, "--resume", "/nonexistent/run")).isEqualTo(2);
        assertThat(err.toString()).contains("/nonexistent/run is not a run folder: it has no run.json");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void agentRecipesAreListedAndTheirMisusesAreUsageErrors() {
        String tasks = RepositoryPaths.tasks().toString();
        assertThat(run("agent", "list")).isZero();
        assertThat(out.toString()).contains("qwen-code").contains("@qwen-code/qwen-code@").contains("opencode-ai@");
        assertThat(run("run", "--workload", tasks, "--agent", "genius")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("[opencode, qwen-code]");
        assertThat(run("run", "--workload", tasks, "--agent", "qwen-code", "--agent-image", "x:y")).isEqualTo(2);
        assertThat(err.toString()).contains("--agent qwen-code runs its recipe's command line in its recipe's image");
        assertThat(run("run", "--workload", tasks, "--agent", "noop", "--agent-image", "x:y")).isEqualTo(2);
        assertThat(err.toString()).contains("--agent-image: the noop agent runs nothing");
        assertThat(run("run", "--workload", tasks, "--agent", "builtin", "--agent-command", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--agent-command is the command agent's");
        assertThat(run("agent", "build", "no-such-recipe")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no agent recipe \"no-such-recipe\"");
    }
}
