package org.ramp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ramp.report.HtmlReport;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.run.RunConfig;
import org.ramp.run.RunSession;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ramp finish}: a run's metrics, junit.xml and report.html. */
@Command(name = "finish", mixinStandardHelpOptions = true,
        description = "End a run: stages that never ran are recorded as not reached, RAMP's metrics go into run.json,"
                + " and junit.xml and report.html are written.")
final class FinishCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    RunFolderOption folder;

    @Option(names = "--history", paramLabel = "DIR",
            description = "earlier runs for the report's trend charts (default: the folder holding the run)")
    Path history;

    @Option(names = "--json", description = "print run.json instead of the summary table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        RunConfig config = RecordedRuns.config(folder.dir(), workload, home.goldenSet(), spec);
        RunResult recorded = RecordedRuns.open(folder.dir(), spec);
        RunResult result;
        try (RunSession run = RunSession.open(config, null, StepOutput.toolchain(recorded), Progress.stderr())) {
            result = run.finish();
        }
        HtmlReport.write(config.runDir(), history != null ? history : config.runDir().getParent());
        System.out.print(json ? RunResults.json().writeValueAsString(result) + "\n" : SummaryTable.render(result));
        return ExitCodes.OK;
    }
}
