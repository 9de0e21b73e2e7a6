package org.ramp.cli;

import org.ramp.agentimage.RecipeException;
import org.ramp.golden.GoldenException;
import org.ramp.sandbox.SandboxException;
import org.ramp.workload.WorkloadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ramp} command line. */
@Command(name = "ramp", mixinStandardHelpOptions = true, version = "ramp 0.1.0",
        description = "RAMP: runtime assessment of LLM coding agents on a serial compiler-construction workload.",
        subcommands = {RunCommand.class, StartCommand.class, StageCommand.class, ResurrectCommand.class,
            FinishCommand.class, ScoreCommand.class, CompareCommand.class, ReportCommand.class, BenchmarkCommand.class,
            ValidateCommand.class, GoldenCommand.class, ImageCommand.class, AgentCommand.class, WorkloadCommand.class,
            GateCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done; every check passed",
            "1:a check failed (validation, golden verification, a quality gate)",
            "2:bad command line or bad input (the message names the file, field and value)",
            "3:the environment failed (Docker engine, image build, container)"})
public final class RampCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see ramp --help");
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RampCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            cmd.getErr().println("ramp: " + exception.getMessage());
            if (exception instanceof WorkloadException || exception instanceof RecipeException) {
                return ExitCodes.BAD_INPUT;
            }
            if (exception instanceof GoldenException) {
                return ExitCodes.CHECK_FAILED;
            }
            if (exception instanceof SandboxException) {
                return ExitCodes.ENVIRONMENT;
            }
            exception.printStackTrace(cmd.getErr());
            return ExitCodes.ENVIRONMENT;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
