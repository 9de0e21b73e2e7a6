package org.ramp.cli;

import java.util.concurrent.Callable;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;
import org.ramp.run.RunConfig;
import org.ramp.run.RunSession;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp resurrect}: the Resurrection Protocol for one failed stage. */
@Command(name = "resurrect", mixinStandardHelpOptions = true,
        description = "After a failed stage: put its golden artifacts that the agent may see into the workspace (T0:"
                + " the build files; later stages: the public cases' reference outputs) and record the resurrection,"
                + " so that the next stage reads reference inputs. Hidden golden files never enter the workspace.")
final class ResurrectCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    RunFolderOption folder;

    @Option(names = "--stage", paramLabel = "Tn", required = true, description = "the failed stage")
    String stage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        RunConfig config = RecordedRuns.config(folder.dir(), workload, home.goldenSet(), spec);
        RunResult recorded = RecordedRuns.open(folder.dir(), spec);
        try (RunSession run = RunSession.open(config, null, StepOutput.toolchain(recorded), Progress.stderr())) {
            StageResult result = run.resurrect(stage);
            System.out.println(StepOutput.stageLine(result));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return ExitCodes.OK;
    }
}
