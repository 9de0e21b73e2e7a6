package org.ramp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.run.RunConfig;
import org.ramp.run.RunSettingsCodec;
import org.ramp.workload.Workload;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A run folder given on the command line, read back with errors that name it, and the key a run needs. */
final class RecordedRuns {
    private RecordedRuns() {
    }

    /** The run.json of a run folder; a missing or unreadable one is a usage error naming the file. */
    static RunResult open(Path runDir, CommandSpec spec) {
        Path file = runDir.resolve("run.json");
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), runDir + " is not a run folder: it has no run.json"
                    + " (make one with: ramp start --run-dir " + runDir + ")");
        }
        try {
            return RunResults.readRun(file);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), file + " cannot be read: " + e.getMessage());
        }
    }

    /** The configuration a recorded run was made with, the key read again from the variable it names. */
    static RunConfig config(Path runDir, Workload workload, GoldenSet golden, CommandSpec spec) {
        Path dir = runDir.toAbsolutePath().normalize();
        RunResult recorded = open(dir, spec);
        Secret key = recorded.settings().apiKeyEnv().isEmpty() ? Secret.none()
                : key(recorded.settings().apiKeyEnv(), spec);
        try {
            return RunSettingsCodec.config(recorded.settings(), workload, golden, dir, key);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), dir.resolve("run.json") + ": " + e.getMessage());
        }
    }

    /** The endpoint's key from the environment variable {@code name}; never from a file or an argument. */
    static Secret key(String name, CommandSpec spec) {
        String value = name == null || name.isBlank() ? null : System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the API key is read from the environment variable "
                    + name + ", which is not set; export it (or name another with --api-key-env)");
        }
        return Secret.of(value);
    }
}
