package org.ramp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --programs A,B}: the test programs a command works on; all when not given. */
final class ProgramOption {
    @Option(names = "--programs", split = ",", paramLabel = "NAME", description = "only these test programs")
    List<String> names;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The named programs, or all; an unknown name is a usage error. */
    List<TestProgram> select(Workload workload) {
        if (names == null || names.isEmpty()) {
            return workload.programs();
        }
        List<TestProgram> selected = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            selected.add(workload.program(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no test program \"" + name + "\" in " + workload.file() + "; see tasks/programs/")));
        }
        return selected;
    }
}
