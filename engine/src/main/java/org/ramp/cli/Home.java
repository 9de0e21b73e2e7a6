package org.ramp.cli;

import java.nio.file.Path;
import org.ramp.golden.GoldenSet;
import org.ramp.workload.Workload;
import org.ramp.workload.WorkloadException;
import org.ramp.workload.WorkloadLoader;
import picocli.CommandLine.Option;

/** Options every command shares: where the workload and the golden folder are. */
public final class Home {
    @Option(names = "--workload", paramLabel = "PATH",
            description = "workload file or folder (default: tasks/ under RAMP_HOME, or under the current folder)")
    Path workload;

    @Option(names = "--golden", paramLabel = "DIR",
            description = "golden folder (default: golden/ under RAMP_HOME, or under the current folder)")
    Path golden;

    /** RAMP_HOME (the launcher sets it), else the ramp.home property (the tests set it), else the current folder. */
    static Path root() {
        String home = System.getenv("RAMP_HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("ramp.home", ".");
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** The agent recipes: agents/ under the root. */
    static Path agents() {
        return root().resolve("agents");
    }

    Workload loadWorkload() throws WorkloadException {
        return new WorkloadLoader().load(workload != null ? workload : root().resolve("tasks"));
    }

    GoldenSet goldenSet() {
        return new GoldenSet((golden != null ? golden : root().resolve("golden")).toAbsolutePath().normalize());
    }
}
