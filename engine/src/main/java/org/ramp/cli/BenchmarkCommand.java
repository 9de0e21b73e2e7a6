package org.ramp.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ramp.bench.AgentContainerCost;
import org.ramp.bench.HarnessOverhead;
import org.ramp.run.RunConfig;
import org.ramp.util.Progress;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp benchmark}: what the harness itself costs. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure the harness's own overhead for one stage with the noop agent against the same grading "
                + "commands run in one container by a plain shell loop; prints both wall times and their ratio. With "
                + "--agent-container: what the agent's container costs a stage (start to first command, end).")
final class BenchmarkCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    ProgramOption programs;

    @Option(names = "--stage", paramLabel = "ID", defaultValue = "T3", description = "the stage; default: ${DEFAULT-VALUE}")
    String stageId;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
            description = "measurements after one warm-up; the median is reported; default: ${DEFAULT-VALUE}")
    int repeat;

    @Option(names = "--agent-container", description = "time the agent's container instead: its start with the "
            + "starting workspace to its first command, then its end (pause, copy back, removal); no warm-up")
    boolean agentContainer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        Stage stage = workload.findStage(stageId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no stage \"" + stageId + "\"; stages are " + workload.stageIds()));
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        List<TestProgram> selected = programs.select(workload);
        try (DockerSession session = DockerSession.open(workload)) {
            if (agentContainer) {
                System.out.print(new AgentContainerCost(session.docker, session.toolchain.tag(), workload,
                        home.goldenSet(), Progress.stderr()).measure(repeat, RunConfig.DEFAULT_WORKSPACE_QUOTA).render());
                return ExitCodes.OK;
            }
            HarnessOverhead.Result result = new HarnessOverhead(session.docker, session.toolchain, workload,
                    home.goldenSet(), Progress.stderr()).measure(stage, selected, repeat);
            System.out.print(result.render());
        }
        return ExitCodes.OK;
    }
}
