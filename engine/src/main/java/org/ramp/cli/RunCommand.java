package org.ramp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.ramp.report.HtmlReport;
import org.ramp.results.RunResult;
import org.ramp.run.Orchestrator;
import org.ramp.run.RunConfig;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp run}: one assessment run, T0 to T5, in one process. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an agent through stages T0-T5 in Docker, grade every stage, resurrect failed ones, and "
                + "write run.json, junit.xml, the transcripts and report.html into the run's folder. The same as "
                + "ramp start, then ramp stage (and ramp resurrect after a failure) for each stage, then ramp finish.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    ProgramOption programs;

    @Mixin
    RunOptions options;

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "where run folders are created (default: runs/ under RAMP_HOME)")
    Path runsDir;

    @Option(names = "--run-id", paramLabel = "ID", description = "the new run's folder name (default: time and a random suffix)")
    String runId;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "continue an interrupted run at its first stage without a result, with its settings")
    Path resume;

    @Option(names = "--history", paramLabel = "DIR",
            description = "earlier runs for the report's trend charts (default: the runs folder)")
    Path history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        RunConfig config = resume != null ? RecordedRuns.config(resume, workload, home.goldenSet(), spec)
                : options.config(workload, home.goldenSet(), programs.select(workload), newRunDir(runsDir, runId, spec));
        try (DockerSession session = DockerSession.open(workload)) {
            if (resume != null) {
                AgentImages.requirePresent(config, session);
            } else {
                config = AgentImages.resolve(config, session, spec);
            }
            RunResult result = new Orchestrator(session.docker, session.toolchain, Progress.stderr()).run(config);
            HtmlReport.write(config.runDir(), history != null ? history : config.runDir().getParent());
            System.out.print(SummaryTable.render(result));
            System.out.println("results in " + config.runDir() + " (run.json, junit.xml, report.html)");
        }
        return ExitCodes.OK;
    }

    /** A new run's folder, which must not exist yet. */
    static Path newRunDir(Path runsDir, String runId, CommandSpec spec) {
        Path runs = runsDir != null ? runsDir : Home.root().resolve("runs");
        String id = runId != null ? runId : LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + HexFormat.of().formatHex(java.security.SecureRandom.getSeed(3));
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ParameterException(spec.commandLine(), "--run-id " + id + ": use letters, digits, '.', '_' and"
                    + " '-' (a plain folder name)");
        }
        Path runDir = runs.resolve(id).toAbsolutePath().normalize();
        if (Files.exists(runDir)) {
            throw new ParameterException(spec.commandLine(), runDir + " exists already; pick another --run-id, or"
                    + " continue it with --resume " + runDir);
        }
        return runDir;
    }
}
