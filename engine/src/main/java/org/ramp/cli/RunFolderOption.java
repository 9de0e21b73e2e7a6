package org.ramp.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --run-dir DIR}: the run folder a step works on. */
final class RunFolderOption {
    @Option(names = "--run-dir", paramLabel = "DIR", required = true,
            description = "the run's folder (made by ramp start or ramp run)")
    Path runDir;

    Path dir() {
        return runDir.toAbsolutePath().normalize();
    }
}
