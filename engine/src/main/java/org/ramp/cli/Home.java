package org.ramp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ramp.golden.GoldenSet;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import org.ramp.workload.WorkloadException;
import org.ramp.workload.WorkloadLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options every command shares: where the workload and the golden folder are. */
public final class Home {
    @Option(names = "--workload", paramLabel = "PATH",
            description = "workload file or folder (default: tasks/ under RAMP_HOME, or under the current folder)")
    Path workload;

    @Option(names = "--golden", paramLabel = "DIR",
            description = "golden folder (default: golden/ under RAMP_HOME, or under the current folder)")
    Path golden;

    static Path root() {
        String home = System.getenv("RAMP_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    Workload loadWorkload() throws WorkloadException {
        return new WorkloadLoader().load(workload != null ? workload : root().resolve("tasks"));
    }

    GoldenSet goldenSet() {
        return new GoldenSet((golden != null ? golden : root().resolve("golden")).toAbsolutePath().normalize());
    }

    /** The named programs, or all when none are named; an unknown name is a usage error. */
    static List<TestProgram> select(Workload workload, List<String> names, picocli.CommandLine commandLine) {
        if (names == null || names.isEmpty()) {
            return workload.programs();
        }
        List<TestProgram> selected = new ArrayList<>();
        for (String name : Set.copyOf(names).stream().sorted().toList()) {
            selected.add(workload.program(name).orElseThrow(() -> new ParameterException(commandLine,
                    "no test program \"" + name + "\" in " + workload.file() + "; see tasks/programs/")));
        }
        return selected;
    }

    static boolean exists(Path path) {
        return path != null && Files.exists(path);
    }
}
