package org.ramp.cli;

import java.util.concurrent.Callable;
import org.ramp.workload.Stage;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ramp workload}: inspect the workload definition. */
@Command(name = "workload", description = "Inspect the workload.", mixinStandardHelpOptions = true,
        subcommands = WorkloadCommand.Check.class)
final class WorkloadCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Load and validate the workload file and everything it names; print its stages.")
    static final class Check implements Callable<Integer> {
        @Mixin
        Home home;

        @Override
        public Integer call() throws Exception {
            Workload workload = home.loadWorkload();
            System.out.printf("%s %s: %d stages, %d programs (%d public, %d hidden)%n", workload.name(),
                    workload.version(), workload.stages().size(), workload.programs().size(),
                    workload.programs(Visibility.PUBLIC).size(), workload.programs(Visibility.HIDDEN).size());
            for (Stage stage : workload.stages()) {
                System.out.printf("  %s %-16s grader %-11s %s -> %s, pass at %.0f%n", stage.id(), stage.name(),
                        stage.grader().kind().id(), stage.input().orElse("project"),
                        stage.output().orElse(stage.checks().size() + " checks"), stage.passThreshold());
            }
            return ExitCodes.OK;
        }
    }
}
