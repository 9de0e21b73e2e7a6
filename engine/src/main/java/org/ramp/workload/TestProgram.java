package org.ramp.workload;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One SysY test program: a case of every stage from T1 on.
 *
 * @param stdin the program's input file, empty when it reads nothing
 */
public record TestProgram(String name, Visibility visibility, Path source, Optional<Path> stdin) {

    /** Performance programs do enough work for T4's instruction counts to matter. */
    public boolean isPerformance() {
        return name.startsWith("perf_");
    }
}
