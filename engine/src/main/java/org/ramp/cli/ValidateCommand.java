package org.ramp.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ramp.golden.GoldenSet;
import org.ramp.util.Progress;
import org.ramp.validate.ValidationReport;
import org.ramp.validate.Validator;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp validate}: every stage is gradable. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Prove every stage gradable: for each stage and program the golden output scores exactly "
                + "100 and each mutant of it (dropped token, wrong type, changed constant, wrong exit status, "
                + "slower IR, crashing assembly, malformed files) scores less, and each stage's do-nothing "
                + "output (the project as delivered, an empty file, T4's input unchanged) fails the stage. "
                + "T4 also reports what opt's mem2reg, -O1, -O2 and -O3 score, under both formulas. Exit "
                + "status 1 when a check fails. Builds the toolchain image first when missing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    ProgramOption programs;

    @Option(names = "--stages", split = ",", paramLabel = "ID", description = "only these stages (default: all)")
    List<String> stages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        List<TestProgram> selected = programs.select(workload);
        List<Stage> selectedStages = stages == null || stages.isEmpty() ? workload.stages()
                : stages.stream().map(id -> workload.findStage(id).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "no stage \"" + id + "\"; stages are " + workload.stageIds()))).toList();
        GoldenSet golden = home.goldenSet();
        try (DockerSession session = DockerSession.open(workload)) {
            ValidationReport report = new Validator(session.docker, session.toolchain, workload, golden,
                    Progress.stderr()).validate(selectedStages, selected);
            System.out.print(report.render());
            return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
