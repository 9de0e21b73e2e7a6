package org.ramp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ramp.report.HtmlReport;
import org.ramp.report.RunFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ramp report RUN_DIR}: (re)writes a run's report.html. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write RUN_DIR/report.html from RUN_DIR/run.json: one self-contained page (no network "
                + "needed) with the metrics, the stages and their cases, a cost-versus-reward chart and, with "
                + "--history, trend charts across earlier runs. Prints the report's path.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run's folder (or its run.json)")
    Path runDir;

    @Option(names = "--history", paramLabel = "DIR",
            description = "folder of earlier runs (sub-folders with run.json, or run.json files) for the trend "
                    + "charts; unreadable ones are skipped with a note in the report")
    Path history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (history != null && !history.toFile().isDirectory()) {
            spec.commandLine().getErr().println("ramp: " + history + ": no such folder (--history names a folder "
                    + "of earlier runs)");
            return ExitCodes.BAD_INPUT;
        }
        Path report;
        try {
            report = HtmlReport.write(runDir, history);
        } catch (RunFileException e) {
            spec.commandLine().getErr().println("ramp: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("ramp: cannot write the report beside " + runDir + ": " + e);
            return ExitCodes.ENVIRONMENT;
        }
        spec.commandLine().getOut().println(report);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
