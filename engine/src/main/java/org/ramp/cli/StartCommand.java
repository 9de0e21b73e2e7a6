package org.ramp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ramp.results.RunResult;
import org.ramp.run.RunConfig;
import org.ramp.run.RunSession;
import org.ramp.run.RunSettingsCodec;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp start}: a run's folder with its settings and workspace, made or found again. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Create a run (its settings and the agent's workspace) in --run-dir, or find it again when it"
                + " exists with the same settings; then run its stages with ramp stage. Takes every option of ramp run.")
final class StartCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    ProgramOption programs;

    @Mixin
    RunOptions options;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "the run's folder (default: a new folder under --runs-dir)")
    Path runDir;

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "where a new run folder is made when --run-dir is not given (default: runs/ under RAMP_HOME)")
    Path runsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        Path dir = runDir != null ? runDir.toAbsolutePath().normalize() : RunCommand.newRunDir(runsDir, null, spec);
        RunConfig config = options.config(workload, home.goldenSet(), programs.select(workload), dir);
        boolean exists = Files.exists(dir);
        boolean imageNeeded = config.agent().recipe() != null || config.agent().image() != null;
        try (DockerSession session = exists && !imageNeeded ? null : DockerSession.open(workload)) {
            if (imageNeeded) {
                // the agent's image is part of the settings: found (or built) before they are compared or recorded
                config = AgentImages.resolve(config, session, spec);
            }
            if (exists) {
                RunResult recorded = RecordedRuns.open(dir, spec);
                List<String> differences = RunSettingsCodec.differences(recorded.settings(),
                        RunSettingsCodec.settings(config));
                if (!differences.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "the run in " + dir + " was started with other"
                            + " settings: " + String.join("; ", differences) + ". Start it with the same settings, or"
                            + " use another run folder (another name).");
                }
                Progress.stderr().line("run " + config.runId() + " found again in " + dir + ": "
                        + recorded.stages().size() + " stages known");
            } else {
                try (RunSession run = RunSession.create(config, session.docker, session.toolchain, Progress.stderr())) {
                    Progress.stderr().line("run " + config.runId() + " started; run its stages with: ramp stage"
                            + " --run-dir " + dir);
                }
            }
        }
        System.out.println(dir);
        return ExitCodes.OK;
    }
}
