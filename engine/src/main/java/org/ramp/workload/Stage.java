package org.ramp.workload;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One stage of the workload.
 *
 * <p>T0's cases are {@link #checks()}; every later stage runs {@link #invoke()} on each test program,
 * reading the artifact named {@link #input()} and writing the one named {@link #output()}.
 */
public record Stage(
        String id,
        String name,
        Path instructions,
        Optional<String> input,
        Optional<String> output,
        Optional<String> invoke,
        List<Check> checks,
        GraderSpec grader,
        Limits limits,
        double passThreshold) {

    public Stage {
        checks = List.copyOf(checks);
    }

    public boolean runsOnPrograms() {
        return checks.isEmpty();
    }

    /** The command that runs the stage's program on one case, with its placeholders filled in. */
    public String invocation(String inputPath, String outputPath) {
        return invoke.orElseThrow(() -> new IllegalStateException("stage " + id + " has no program to invoke"))
                .replace("{input}", inputPath)
                .replace("{output}", outputPath);
    }
}
