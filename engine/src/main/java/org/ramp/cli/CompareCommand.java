package org.ramp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ramp.report.RunComparison;
import org.ramp.report.RunFileException;
import org.ramp.report.RunFiles;
import org.ramp.results.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ramp compare A B}: what changed from run A to run B. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two runs: per stage the score, status, time, cost and tokens, and every metric "
                + "(pipeline score, mean reward, pass score, stage, AEI, strict score, time, cost, tokens, calls, "
                + "model and infrastructure failures), as B-A with a sign. Stages only one run has are shown "
                + "as such.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "the first run: its folder or its run.json")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "the second run: its folder or its run.json")
    Path b;

    @Option(names = "--json", description = "print the comparison as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunResult runA;
        RunResult runB;
        try {
            runA = RunFiles.read(a);
            runB = RunFiles.read(b);
        } catch (RunFileException e) {
            spec.commandLine().getErr().println("ramp: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        RunComparison comparison = RunComparison.of(runA, runB);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? comparison.toJson() : comparison.toText());
        out.flush();
        return ExitCodes.OK;
    }
}
