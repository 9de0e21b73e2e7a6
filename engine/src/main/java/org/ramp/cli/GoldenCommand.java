package org.ramp.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ramp.golden.GoldenArtifacts;
import org.ramp.util.Progress;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ramp golden}: the reference toolchain's outputs of every stage for every program. */
@Command(name = "golden", description = "Generate or verify the golden artifacts.", mixinStandardHelpOptions = true,
        subcommands = {GoldenCommand.Generate.class, GoldenCommand.Verify.class})
final class GoldenCommand {

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Produce every golden artifact in the toolchain image and rewrite golden/manifest.json.")
    static final class Generate implements Callable<Integer> {
        @Mixin
        Home home;

        @Mixin
        ProgramOption programs;

        @Override
        public Integer call() throws Exception {
            Workload workload = home.loadWorkload();
            List<TestProgram> selected = programs.select(workload);
            try (DockerSession session = DockerSession.open(workload)) {
                new GoldenArtifacts(home.goldenSet(), workload, session.docker, session.toolchain, Progress.stderr())
                        .generate(selected);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Regenerate the golden artifacts in the image and fail on any byte that differs from the "
                    + "committed ones, or on a manifest that does not match the files.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        Home home;

        @Mixin
        ProgramOption programs;

        @Override
        public Integer call() throws Exception {
            Workload workload = home.loadWorkload();
            List<TestProgram> selected = programs.select(workload);
            try (DockerSession session = DockerSession.open(workload)) {
                List<String> differences = new GoldenArtifacts(home.goldenSet(), workload, session.docker,
                        session.toolchain, Progress.stderr()).verify(selected);
                if (differences.isEmpty()) {
                    System.out.println("golden artifacts of " + selected.size()
                            + " programs reproduced byte for byte; manifest matches");
                    return ExitCodes.OK;
                }
                System.out.println("golden verification FAILED (" + differences.size() + " differences):");
                differences.forEach(difference -> System.out.println("  " + difference));
                return ExitCodes.CHECK_FAILED;
            }
        }
    }
}
