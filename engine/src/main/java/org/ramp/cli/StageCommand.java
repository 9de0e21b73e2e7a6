package org.ramp.cli;

import java.util.concurrent.Callable;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
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

/** {@code ramp stage}: exactly one stage of a run: agent phase, grading, classification. */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "Run the next stage of a run (agent phase, grading, classification) and record its result in"
                + " the run folder. A failed stage is not resurrected here: that is ramp resurrect.")
final class StageCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    RunFolderOption folder;

    @Option(names = "--stage", paramLabel = "Tn",
            description = "the stage expected next; a stage that has a result already is shown, not run again")
    String stage;

    @Option(names = "--json", description = "print the stage's result as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        RunConfig config = RecordedRuns.config(folder.dir(), workload, home.goldenSet(), spec);
        RunResult recorded = RecordedRuns.open(folder.dir(), spec);
        try (DockerSession session = DockerSession.open(workload)) {
            if (!session.toolchain.tag().equals(recorded.toolchain().image())) {
                throw new ParameterException(spec.commandLine(), "run " + config.runId() + " is graded with "
                        + recorded.toolchain().image() + ", but this engine's toolchain is " + session.toolchain.tag()
                        + "; go on with the engine the run began with, or start a new run");
            }
            AgentImages.requirePresent(config, session);
            try (RunSession run = RunSession.open(config, session.docker, session.toolchain, Progress.stderr())) {
                StageResult result;
                try {
                    result = run.runStage(stage);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                System.out.println(json ? RunResults.json().writeValueAsString(result) : StepOutput.stageLine(result));
            }
        }
        return ExitCodes.OK;
    }
}
