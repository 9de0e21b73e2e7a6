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
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
